import { Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import type { RegionNamer } from '../../matching/utils/factors';
import { ApplicationStatusTag } from '../../positions/components/ApplicationStatusTag';
import type { Recommendation } from '../types';
import { FactorBreakdown } from './FactorBreakdown';
import { MatchScore } from './MatchScore';

export type RecommendationReasonsProps = { recommendation: Recommendation; regionName: RegionNamer };

/** Why the seeker was recommended for a position: the score and every factor as the operator saw them, and how it went since. */
export function RecommendationReasons({ recommendation: r, regionName }: RecommendationReasonsProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
        {t('seekerMatching.messages.whyTitle', { positionTitle: r.positionTitle })}
      </Typography.Title>
      <Flex gap={8} wrap align="center">
        <MatchScore total={r.score} />
        <span>
          {t('seekerMatching.messages.progress')}
          <ApplicationStatusTag status={r.status} />
        </span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('seekerMatching.messages.recommendedOn', { time: formatDateTime(r.createdAt, language) })}
      </Typography.Text>
      {r.note ? <Typography.Text>{t('seekerMatching.messages.note', { note: r.note })}</Typography.Text> : null}
      {r.status === 'declined' && r.declineReason ? (
        <Typography.Text>{t('seekerMatching.messages.declineReason', { reason: r.declineReason })}</Typography.Text>
      ) : null}
      <FactorBreakdown factors={r.factors} regionName={regionName} label={`${t('seekerMatching.factors.title')}：${r.positionTitle}`} isAlwaysOpen />
    </Flex>
  );
}
