import { Typography } from 'antd';
import { useT } from '../i18n/useT';
import { JobSearchView } from '../modules/jobs/components/JobSearchView';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** `/jobs`: the public job search (找工作). */
export function JobsPage() {
  const t = useT();
  useDocumentTitle(t('jobs.title'));
  return (
    <div className="qiao-container" style={{ paddingBlock: 20 }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 4 }}>
        {t('jobs.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('jobs.lead')}</Typography.Paragraph>
      <JobSearchView />
    </div>
  );
}
