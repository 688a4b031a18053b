import { Card, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../i18n/useT';
import { JobSearchBox } from './JobSearchBox';

export type JobSearchTeaserProps = Record<string, never>;

/** The home page's way into 找工作: a search box that opens the results, and a link to all positions. */
export function JobSearchTeaser(_props: JobSearchTeaserProps) {
  const t = useT();
  const navigate = useNavigate();

  function handleSearch(q: string) {
    void navigate(q ? `/jobs?${new URLSearchParams({ q }).toString()}` : '/jobs');
  }

  return (
    <section aria-labelledby="job-teaser-title">
      <Card variant="outlined">
        <Typography.Title id="job-teaser-title" level={2} style={{ fontSize: 22, marginTop: 0 }}>
          {t('jobs.teaser.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('jobs.teaser.lead')}</Typography.Paragraph>
        <JobSearchBox id="home-jobs-q" value="" onSearch={handleSearch} />
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          <Link to="/jobs">{t('jobs.teaser.browseAll')}</Link>
        </Typography.Paragraph>
      </Card>
    </section>
  );
}
