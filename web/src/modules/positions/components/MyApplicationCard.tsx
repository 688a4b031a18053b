import { App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { Link } from 'react-router';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { useApplicationMutations } from '../hooks/useApplicationMutations';
import type { Application } from '../types';
import { ApplicationProgress } from './ApplicationProgress';
import { ApplicationStatusTag } from './ApplicationStatusTag';

const WITHDRAWABLE = new Set(['applied', 'interview', 'offer']);

export type MyApplicationCardProps = { application: Application; onChanged: () => void };

/** One of a seeker's applications: position, enterprise, status, progress and 撤回申请. */
export function MyApplicationCard({ application, onChanged }: MyApplicationCardProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { changeApplication } = useApplicationMutations();
  const withdrawing = useFormSubmit();

  async function handleWithdraw() {
    await withdrawing.submit(async () => {
      await changeApplication(application.id, { status: 'withdrawn' });
      void message.success(t('myApplications.withdraw.done'));
      onChanged();
    });
  }

  return (
    <Card size="small" variant="outlined">
      <Flex justify="space-between" align="start" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
            <Link to={`/positions/${application.positionId}`}>{application.positionTitle}</Link>
          </Typography.Title>
          <Typography.Text>{application.organisationName}</Typography.Text>
        </div>
        <ApplicationStatusTag status={application.status} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 12px', fontSize: 13 }}>
        {t('myApplications.appliedAt', { time: formatDateTime(application.createdAt, language) })}
      </Typography.Paragraph>
      <ApplicationProgress application={application} />
      {WITHDRAWABLE.has(application.status) ? (
        <div style={{ marginTop: 12 }}>
          <Popconfirm
            title={t('myApplications.withdraw.confirm')}
            okText={t('applications.action.withdraw')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={handleWithdraw}
          >
            <Button size="small" loading={withdrawing.isSubmitting}>
              {t('applications.action.withdraw')}
            </Button>
          </Popconfirm>
        </div>
      ) : null}
      {withdrawing.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={withdrawing.error} />
        </div>
      ) : null}
    </Card>
  );
}
