import { Card, Divider, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { JobTags } from '../../jobs/components/JobTags';
import type { RegionNamer } from '../../matching/utils/factors';
import { formatSalary } from '../../positions/utils/format';
import { useLikeToggle } from '../hooks/useLikeToggle';
import type { RecommendedItem } from '../types';
import { FactorBreakdown } from './FactorBreakdown';
import { LikeToggle } from './LikeToggle';
import { MatchReasons } from './MatchReasons';
import { MatchScore } from './MatchScore';
import '../../jobs/jobs.css';
import '../seeker-matching.css';

export type RecommendedPositionCardProps = { item: RecommendedItem; regionName: RegionNamer };

/** One recommended position: what it is, how well it fits and why, 收藏, and the way to apply. */
export function RecommendedPositionCard({ item, regionName }: RecommendedPositionCardProps) {
  const t = useT();
  const { position: p, match } = item;
  const like = useLikeToggle(p.id, item.isLiked);
  return (
    <Card size="small" variant="outlined">
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0, minWidth: 0 }}>
          <Link to={`/positions/${p.id}`}>{p.title}</Link>
        </Typography.Title>
        <MatchScore total={match.total} />
      </Flex>
      <p className="qiao-salary" style={{ margin: '6px 0 2px' }}>
        {formatSalary(t, p.salaryMin, p.salaryMax)}
      </p>
      <Typography.Paragraph style={{ margin: '0 0 8px' }}>{p.organisationName}</Typography.Paragraph>
      <JobTags position={p} />
      <Divider style={{ margin: '12px 0 8px' }} />
      <MatchReasons factors={match.factors} regionName={regionName} />
      <FactorBreakdown factors={match.factors} regionName={regionName} label={`${t('seekerMatching.factors.title')}：${p.title}`} />
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        <LikeToggle positionTitle={p.title} like={like} />
        <ButtonLink type="primary" to={`/positions/${p.id}`} aria-label={`${t('seekerMatching.viewAndApply')}：${p.title}`}>
          {t('seekerMatching.viewAndApply')}
        </ButtonLink>
      </Flex>
      {like.error ? (
        <div style={{ marginTop: 8 }}>
          <ErrorAlert error={like.error} />
        </div>
      ) : null}
    </Card>
  );
}
