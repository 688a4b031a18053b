import { Card, Col, Flex, Row, Segmented, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { type StatsGroup, useConsultationStats } from '../hooks/useConsultations';
import type { ConsultationStats } from '../types';
import type { ConsultationFilters } from '../utils/filters';

export type ConsultationStatsCardProps = {
  filters: Pick<ConsultationFilters, 'from' | 'to' | 'topic'>;
  /** The year shown when no period is filtered (e.g. that of the newest consultation); this year by default. */
  defaultYear?: number;
  /** Bumped after a consultation is logged or corrected, so that the counts are read again. */
  version?: number;
};

type Period = ConsultationStats['periods'][number];

const GROUPS: StatsGroup[] = ['month', 'quarter', 'year'];
const FIRST_YEAR = 2020;

/**
 * Consultations and distinct seekers per period. A table (echarts is not a dependency of the web
 * app); each row carries a bar drawn in CSS so the busiest months stand out.
 */
export function ConsultationStatsCard({ filters, defaultYear, version = 0 }: ConsultationStatsCardProps) {
  const t = useT();
  const [groupBy, setGroupBy] = useState<StatsGroup>('month');
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const thisYear = new Date().getFullYear();
  const year = chosenYear ?? defaultYear ?? thisYear;
  const hasPeriod = Boolean(filters.from || filters.to);
  // Without a filtered period the card counts one calendar year, chosen beside the title.
  const range = hasPeriod ? filters : { from: `${year}-01-01`, to: `${year}-12-31`, topic: filters.topic };
  const { data, error, isLoading, reload } = useConsultationStats(range, groupBy);
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const components = useTableCaption(t('consult.stats.caption'));
  const maxCount = Math.max(1, ...(data?.periods ?? []).map((p) => p.consultations));
  const columns: ColumnsType<Period> = [
    { title: t('consult.stats.period'), dataIndex: 'period', key: 'period', width: 110 },
    {
      title: t('consult.stats.consultations'),
      key: 'consultations',
      render: (_v, p) => (
        <Flex align="center" gap={8}>
          <span style={{ minWidth: 36, textAlign: 'right' }}>{p.consultations}</span>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              height: 12,
              width: `${Math.round((p.consultations / maxCount) * 100)}%`,
              maxWidth: 240,
              minWidth: p.consultations > 0 ? 2 : 0,
              background: '#0b57d0',
              borderRadius: 2,
            }}
          />
        </Flex>
      ),
    },
    { title: t('consult.stats.seekers'), dataIndex: 'seekers', key: 'seekers', width: 120 },
  ];
  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('consult.stats.title')}
        </Typography.Title>
      }
      extra={
        <Flex wrap gap={8} align="center">
          {hasPeriod ? null : (
            <Select<number>
              aria-label={t('consult.stats.year')}
              value={year}
              onChange={setChosenYear}
              options={years.map((value) => ({ value, label: t('consult.stats.yearOption', { year: value }) }))}
              style={{ width: 110 }}
            />
          )}
          <Segmented<StatsGroup>
            aria-label={t('consult.stats.groupBy')}
            value={groupBy}
            onChange={setGroupBy}
            options={GROUPS.map((value) => ({ value, label: t(`consult.stats.group.${value}`) }))}
          />
        </Flex>
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <Typography.Paragraph type="secondary">{t('consult.stats.range', { from: data.from, to: data.to })}</Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('consult.stats.totalConsultations')} value={data?.total.consultations ?? '—'} loading={isLoading && !data} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('consult.stats.totalSeekers')} value={data?.total.seekers ?? '—'} loading={isLoading && !data} />
        </Col>
      </Row>
      <Table<Period>
        size="small"
        rowKey="period"
        components={components}
        columns={columns}
        dataSource={data?.periods ?? []}
        loading={isLoading}
        pagination={false}
        scroll={{ x: 480 }}
        locale={{ emptyText: t('consult.stats.empty') }}
      />
      {data && data.topics.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('consult.stats.byTopic')}
          </Typography.Title>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            {data.topics.map((topic) => (
              <li key={topic.topic}>
                {t('consult.stats.topicLine', {
                  topic: t(`consult.topic.${topic.topic}`),
                  consultations: topic.consultations,
                  seekers: topic.seekers,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
