import { CheckCircleFilled, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import { ApplicationStatusTag } from '../../positions/components/ApplicationStatusTag';
import { useApplications } from '../../positions/hooks/useApplications';
import type { Position } from '../../positions/types';
import { isOpenForApplications } from '../../positions/utils/lifecycle';
import { useApply } from '../hooks/useApply';

export type ApplyBarProps = { position: Position };

const PROFILE_PATH = '/console/profile';
const MY_APPLICATIONS_PATH = '/console/applications';

/**
 * The sticky 申请该岗位 bar of a position page: sign-in for visitors, one-tap apply for seekers
 * (with its outcome shown right above the button), nothing for other roles.
 */
export function ApplyBar({ position }: ApplyBarProps) {
  const t = useT();
  const { status, me } = useAuth();
  const isSeeker = me?.role === 'seeker';
  const { apply, outcome, isApplying } = useApply(position.id);
  const existing = useApplications({ positionId: position.id, pageSize: 1 }, { isEnabled: isSeeker });
  const isOpen = isOpenForApplications(position);
  const earlier = outcome?.kind === 'applied' ? outcome.application : existing.data?.items[0];

  if (status === 'loading' || (status === 'signedIn' && !isSeeker)) return null;

  const returnPath = `/positions/${position.id}`;
  let body: ReactNode;
  if (status === 'signedOut') {
    body = isOpen ? (
      <Flex vertical gap={8}>
        <ButtonLink to={`/login?next=${encodeURIComponent(returnPath)}`} type="primary" size="large" block>
          {t('apply.loginToApply')}
        </ButtonLink>
        <Typography.Text style={{ textAlign: 'center' }}>
          {t('apply.noAccount')} <Link to="/register">{t('apply.register')}</Link>
        </Typography.Text>
      </Flex>
    ) : (
      <Typography.Text strong>{t('apply.notOpen')}</Typography.Text>
    );
  } else if (earlier) {
    body = (
      <Flex vertical gap={8}>
        {outcome?.kind === 'applied' ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('apply.success.title')}
            description={t('apply.success.body')}
          />
        ) : null}
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex align="center" gap={8}>
            <CheckCircleFilled style={{ color: '#2e7d32', fontSize: 18 }} aria-hidden="true" />
            <Typography.Text strong>{t('apply.applied')}</Typography.Text>
            <ApplicationStatusTag status={earlier.status} />
          </Flex>
          <Link to={MY_APPLICATIONS_PATH}>{t('apply.viewMine')}</Link>
        </Flex>
      </Flex>
    );
  } else if (existing.isLoading && !outcome) {
    // Whether this seeker already applied is not known yet: no button to tap twice meanwhile.
    body = (
      <Button size="large" block disabled loading>
        {t('common.loading')}
      </Button>
    );
  } else if (!isOpen) {
    body = <Typography.Text strong>{t('apply.notOpen')}</Typography.Text>;
  } else {
    body = (
      <Flex vertical gap={8}>
        {outcome?.kind === 'needsProfile' ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('apply.needsProfile.title')}
            description={outcome.message}
            action={
              <ButtonLink to={PROFILE_PATH} size="small" type="primary">
                {t('apply.needsProfile.action')}
              </ButtonLink>
            }
          />
        ) : null}
        {outcome?.kind === 'alreadyApplied' ? (
          <Alert
            type="info"
            showIcon
            role="status"
            title={outcome.message}
            action={<Link to={MY_APPLICATIONS_PATH}>{t('apply.viewMine')}</Link>}
          />
        ) : null}
        {outcome?.kind === 'failed' ? <ErrorAlert error={outcome.error} /> : null}
        {outcome?.kind === 'alreadyApplied' ? null : (
          <Button
            type="primary"
            size="large"
            block
            icon={<SendOutlined aria-hidden="true" />}
            loading={isApplying}
            onClick={() => void apply()}
          >
            {t('apply.button')}
          </Button>
        )}
      </Flex>
    );
  }

  return (
    <div className="qiao-apply-bar" role="region" aria-label={t('apply.region')}>
      <div style={{ maxWidth: 768, margin: '0 auto' }}>{body}</div>
    </div>
  );
}
