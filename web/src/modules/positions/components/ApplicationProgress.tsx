import { Alert, Steps } from 'antd';
import { useT } from '../../../i18n/useT';
import type { Application } from '../types';

const PIPELINE = ['applied', 'interview', 'offer', 'hired'] as const;

export type ApplicationProgressProps = { application: Application };

/** 已申请 → 面试 → 录用 → 入职 for an application on its way; a clear note when it has ended otherwise. */
export function ApplicationProgress({ application }: ApplicationProgressProps) {
  const t = useT();
  if (application.status === 'declined') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('myApplications.declined')}
        description={
          application.declineReason ? `${t('applications.field.declineReason')}：${application.declineReason}` : undefined
        }
      />
    );
  }
  if (application.status === 'withdrawn') return <Alert type="info" showIcon title={t('myApplications.withdrawn')} />;
  const current = PIPELINE.indexOf(application.status);
  const isDone = application.status === 'hired';
  return (
    <Steps
      size="small"
      responsive={false}
      titlePlacement="vertical"
      current={current}
      status={isDone ? 'finish' : 'process'}
      items={PIPELINE.map((step) => ({ title: t(`myApplications.step.${step}`) }))}
      aria-label={t('myApplications.progress', { status: t(`applicationStatus.${application.status}`) })}
    />
  );
}
