import { CheckCircleFilled, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import type { LiveApplyOutcome } from '../hooks/useLiveApply';

export type LiveApplyButtonProps = {
  sessionId: string;
  positionTitle: string;
  isLive: boolean;
  outcome: LiveApplyOutcome;
  onApply: () => void;
  /** The big button of the on-air card, or the small one of a run-sheet row. */
  isProminent?: boolean;
};

/**
 * 立即投递 for a signed-in seeker (one tap), sign-in or registration that returns to the session
 * for a visitor, 已投递 once applied; nothing for staff accounts.
 */
export function LiveApplyButton({ sessionId, positionTitle, isLive, outcome, onApply, isProminent = false }: LiveApplyButtonProps) {
  const t = useT();
  const { status, me } = useAuth();
  const appliedRef = useRef<HTMLDivElement>(null);
  const previousKind = useRef(outcome.kind);
  // The tapped button turns into 已投递: keep the focus there instead of losing it to the page.
  useEffect(() => {
    if (previousKind.current === 'applying' && outcome.kind === 'applied') appliedRef.current?.focus();
    previousKind.current = outcome.kind;
  }, [outcome.kind]);
  const size = isProminent ? 'large' : 'middle';
  const touch = { minHeight: isProminent ? 52 : 44, fontSize: isProminent ? 18 : undefined };
  if (status === 'loading') return null;
  if (status === 'signedIn' && me?.role !== 'seeker') return null;
  if (status === 'signedOut') {
    if (!isProminent) return null;
    const next = encodeURIComponent(`/live/${sessionId}`);
    return (
      <Flex vertical gap={8}>
        <ButtonLink to={`/login?next=${next}`} type="primary" size={size} block style={touch}>
          {t('live.apply.signIn')}
        </ButtonLink>
        <Typography.Text style={{ textAlign: 'center' }}>
          {t('live.apply.noAccount')} <Link to={`/register?next=${next}`}>{t('live.apply.register')}</Link>
        </Typography.Text>
      </Flex>
    );
  }
  if (outcome.kind === 'applied') {
    return (
      <Flex ref={appliedRef} tabIndex={-1} align="center" gap={8} role="status" style={{ minHeight: touch.minHeight, outline: 'none' }}>
        <CheckCircleFilled style={{ color: '#2e7d32', fontSize: isProminent ? 22 : 16 }} aria-hidden="true" />
        <Typography.Text strong style={{ fontSize: isProminent ? 18 : 14 }}>
          {t('live.apply.applied')}
        </Typography.Text>
        {isProminent ? <Link to="/console/applications">{t('live.apply.viewMine')}</Link> : null}
      </Flex>
    );
  }
  if (!isLive) {
    return isProminent ? <Typography.Text type="secondary">{t('live.apply.notLive')}</Typography.Text> : null;
  }
  return (
    <Flex vertical gap={8}>
      {outcome.kind === 'needsProfile' ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={outcome.message}
          action={
            <ButtonLink to="/console/profile" size="small" type="primary">
              {t('live.apply.fillProfile')}
            </ButtonLink>
          }
        />
      ) : null}
      {outcome.kind === 'failed' ? <ErrorAlert error={outcome.error} /> : null}
      <Button
        type="primary"
        size={size}
        block={isProminent}
        icon={<SendOutlined aria-hidden="true" />}
        loading={outcome.kind === 'applying'}
        onClick={onApply}
        aria-label={isProminent ? undefined : t('live.apply.buttonFor', { title: positionTitle })}
        style={touch}
      >
        {outcome.kind === 'failed' ? t('live.apply.retry') : t('live.apply.button')}
      </Button>
    </Flex>
  );
}
