import { Card, Col, DatePicker, Empty, Flex, Row, Segmented, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { EChartSeries } from '../../../ui/EChart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useRecommendationStats } from '../hooks/useRecommendations';
import { RECOMMENDATION_STATS_GROUPS, type RecommendationStatsGroup } from '../types';

export type RecommendationStatsCardProps = {
  /** The year shown until a period is chosen (e.g. that of the newest recommendation); by default the server's, this year. */
  defaultYear?: number;
};

// ECharts is loaded only when a chart is drawn: enterprise staff, who see no counts, never download it.
const EChart = lazy(() => import('../../../ui/EChart').then((m) => ({ default: m.EChart })));

/** The first year offered as a shortcut: the platform's records start in 2023. */
const FIRST_YEAR = 2023;

/** 推荐成效: people recommended, positions reached, hires, filled positions and conversion, per month or year. */
export function RecommendationStatsCard({ defaultYear }: RecommendationStatsCardProps) {
  const t = useT();
  const [chosenRange, setRange] = useState<{ from: string; to: string } | null>(null);
  const range = chosenRange ?? (defaultYear ? { from: `${defaultYear}-01-01`, to: `${defaultYear}-12-31` } : { from: '', to: '' });
  const [groupBy, setGroupBy] = useState<RecommendationStatsGroup>('month');
  const { data, error, isLoading } = useRecommendationStats({ ...range, groupBy });

  const thisYear = new Date().getFullYear();
  const presets = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i).map((year) => ({
    label: t('matching.stats.yearPreset', { year }),
    value: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)] as [Dayjs, Dayjs],
  }));

  const periods = data?.periods;
  const categories = useMemo(() => (periods ?? []).map((p) => p.period), [periods]);
  const series = useMemo<EChartSeries[]>(
    () => [
      { name: t('matching.stats.recommendations'), type: 'bar', data: (periods ?? []).map((p) => p.recommendations) },
      { name: t('matching.stats.people'), type: 'bar', data: (periods ?? []).map((p) => p.people) },
      { name: t('matching.stats.hires'), type: 'line', data: (periods ?? []).map((p) => p.hires) },
    ],
    [periods, t],
  );
  const busiest = (periods ?? []).reduce<{ period: string; recommendations: number } | null>(
    (best, p) => (best === null || p.recommendations > best.recommendations ? p : best),
    null,
  );

  const total = data?.total;
  const figures: { key: string; title: string; value: string | number; suffix?: string }[] = [
    { key: 'recommendations', title: t('matching.stats.recommendations'), value: total?.recommendations ?? '—' },
    { key: 'people', title: t('matching.stats.people'), value: total?.people ?? '—' },
    { key: 'positions', title: t('matching.stats.positions'), value: total?.positions ?? '—' },
    { key: 'hires', title: t('matching.stats.hires'), value: total?.hires ?? '—' },
    { key: 'positionsFilled', title: t('matching.stats.positionsFilled'), value: total?.positionsFilled ?? '—' },
    { key: 'conversion', title: t('matching.stats.conversion'), value: total ? (total.conversion * 100).toFixed(1) : '—', suffix: total ? '%' : undefined },
  ];

  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('matching.stats.title')}
        </Typography.Title>
      }
      extra={
        <Segmented<RecommendationStatsGroup>
          aria-label={t('matching.stats.groupBy')}
          value={groupBy}
          onChange={setGroupBy}
          options={RECOMMENDATION_STATS_GROUPS.map((value) => ({ value, label: t(`matching.stats.group.${value}`) }))}
        />
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="recommendation-stats-from">{t('matching.stats.period')}</label>
        <DatePicker.RangePicker
          id={{ start: 'recommendation-stats-from', end: 'recommendation-stats-to' }}
          format="YYYY-MM-DD"
          presets={presets}
          allowEmpty={[true, true]}
          value={[range.from ? dayjs(range.from) : null, range.to ? dayjs(range.to) : null]}
          placeholder={[t('matching.period.from'), t('matching.period.to')]}
          onChange={(chosen) =>
            setRange({ from: chosen?.[0] ? chosen[0].format('YYYY-MM-DD') : '', to: chosen?.[1] ? chosen[1].format('YYYY-MM-DD') : '' })
          }
        />
        {/* An open end of the period is the server's (1 January, today): say which days were counted. */}
        {data && (!range.from || !range.to) ? (
          <Typography.Text type="secondary">{t('matching.stats.range', { from: data.from, to: data.to })}</Typography.Text>
        ) : null}
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={8} xl={4}>
            <Statistic title={figure.title} value={figure.value} suffix={figure.suffix} loading={isLoading && !data} />
          </Col>
        ))}
      </Row>
      {data && data.periods.length > 0 ? (
        <Suspense fallback={<LoadingBlock minHeight={280} />}>
          <EChart
            summary={t('matching.stats.chartSummary', {
              from: data.from,
              to: data.to,
              recommendations: data.total.recommendations,
              people: data.total.people,
              hires: data.total.hires,
              busiest: busiest?.period ?? '—',
              busiestCount: busiest?.recommendations ?? 0,
            })}
            caption={t(`matching.stats.tableCaption.${data.groupBy}`)}
            categoryLabel={t(`matching.stats.periodColumn.${data.groupBy}`)}
            categories={categories}
            series={series}
          />
        </Suspense>
      ) : (
        <Empty description={isLoading ? t('common.loading') : t('matching.stats.empty')} />
      )}
    </Card>
  );
}
