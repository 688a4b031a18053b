import { Card, Flex } from 'antd';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { RecommendationFilterBar } from '../../modules/matching/components/RecommendationFilterBar';
import { RecommendationStatsCard } from '../../modules/matching/components/RecommendationStatsCard';
import { RecommendationTable } from '../../modules/matching/components/RecommendationTable';
import { useRecommendationFilters } from '../../modules/matching/hooks/useRecommendationFilters';
import { useRecommendations } from '../../modules/matching/hooks/useRecommendations';
import { canAnswerRecommendations, canReadRecommendationStats } from '../../modules/matching/utils/permissions';
import { useOwnOrganisationType } from '../../modules/positions/hooks/useOwnOrganisationType';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** 匹配推荐: the zone's recommendations and their outcome; an enterprise answers those made to it. */
export function RecommendationsPage() {
  const t = useT();
  const { me } = useAuth();
  const { organisationType } = useOwnOrganisationType();
  const { filters, updateFilters, resetFilters } = useRecommendationFilters();
  const { data, error, isLoading, reload } = useRecommendations(filters);
  const isZone = me?.role === 'operator' || me?.role === 'government';
  const canAnswer = canAnswerRecommendations(me, organisationType);
  // The counts open on the year of the newest recommendation on record (the list is newest first).
  const newest = data?.items[0]?.createdAt;
  const newestYear = newest ? Number(newest.slice(0, 4)) : undefined;
  const lead =
    me?.role === 'operator'
      ? t('matching.recommendations.lead.operator')
      : me?.role === 'government'
        ? t('matching.recommendations.lead.government')
        : t('matching.recommendations.lead.enterprise');

  return (
    <>
      <PageHeading title={t('menu.recommendations')} description={lead} />
      <Flex vertical gap={16}>
        {canReadRecommendationStats(me) ? <RecommendationStatsCard defaultYear={newestYear} /> : null}
        <Card variant="outlined">
          <RecommendationFilterBar filters={filters} onChange={updateFilters} onReset={resetFilters} />
          {error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
            </div>
          ) : null}
          <div aria-live="polite" className="sr-only">
            {data ? t('common.totalItems', { total: data.total }) : ''}
          </div>
          <RecommendationTable
            page={data}
            isLoading={isLoading}
            caption={t('matching.recommendations.caption')}
            showsOrganisation={isZone}
            canAnswer={canAnswer}
            onChanged={reload}
            onPageChange={(page, pageSize) => updateFilters({ page, pageSize })}
          />
        </Card>
      </Flex>
    </>
  );
}
