import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import type { PublicPosition } from '../../positions/types';
import { formatDayInChina, formatSalary } from '../../positions/utils/format';
import { JobTags } from './JobTags';

export type JobResultCardProps = {
  position: PublicPosition;
  /** The search that listed it, so the position page can lead back to the same results. */
  fromSearch: string;
};

/** One search result: title (a link covering the card), salary, enterprise and labels. */
export function JobResultCard({ position: p, fromSearch }: JobResultCardProps) {
  const t = useT();
  return (
    <Card size="small" variant="outlined" className="qiao-job-card">
      <Flex justify="space-between" align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0, minWidth: 0 }}>
          <Link to={`/positions/${p.id}`} state={{ fromSearch }} className="qiao-job-card-link">
            {p.title}
          </Link>
        </Typography.Title>
        <span className="qiao-salary">{formatSalary(t, p.salaryMin, p.salaryMax)}</span>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 10px' }}>{p.organisationName}</Typography.Paragraph>
      <JobTags position={p} />
      <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
        {t('jobs.headcount', { count: p.headcount })}
        {p.publishedAt ? ` · ${t('jobs.publishedOn', { date: formatDayInChina(p.publishedAt) })}` : ''}
      </Typography.Paragraph>
    </Card>
  );
}
