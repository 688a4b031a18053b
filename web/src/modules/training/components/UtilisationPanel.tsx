import { Card, Col, Flex, Progress, Row, Select, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { EChart } from '../../../ui/EChart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useBookings, useTrainingStats, useUtilisation } from '../hooks/useTrainingQueries';
import type { Utilisation } from '../types';
import { chinaToday } from '../utils/calendar';
import { monthsOf } from '../utils/utilisation';

type BaseRow = Utilisation['bases'][number];

/** 使用率: trainee-hours used against capacity, per month and per base, and the year's figures. */
export function UtilisationPanel() {
  const t = useT();
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));
  // Opens on the year of the latest booking whose use is recorded: the latest year with use to show.
  const latest = useBookings({ use: 'recorded', page: 1, pageSize: 1 });
  const latestDate = latest.data?.items[0]?.date;
  const [chosenYear, setYear] = useState<number | undefined>(undefined);
  const year = chosenYear ?? (latestDate ? Number(latestDate.slice(0, 4)) : thisYear);
  const [baseId, setBaseId] = useState<string | undefined>(undefined);
  const isYearKnown = chosenYear !== undefined || !latest.isLoading;
  const utilisation = useUtilisation(year, isYearKnown);
  const stats = useTrainingStats(year, isYearKnown);
  const years = [...new Set([...Array.from({ length: 5 }, (_, i) => thisYear - i), year])].sort((a, b) => b - a);
  const components = useTableCaption(t('training.utilisation.caption', { year }));
  const months = utilisation.data ? monthsOf(utilisation.data, baseId) : [];
  const baseName = utilisation.data?.bases.find((b) => b.baseId === baseId)?.name ?? t('training.utilisation.allBases');
  const columns: ColumnsType<BaseRow> = [
    { title: t('training.base.name'), dataIndex: 'name', key: 'name' },
    { title: t('training.utilisation.bookings'), key: 'bookings', width: 90, render: (_v, b) => b.total.bookings },
    { title: t('training.utilisation.used'), key: 'used', width: 130, render: (_v, b) => b.total.usedTraineeHours.toLocaleString() },
    { title: t('training.utilisation.capacity'), key: 'capacity', width: 130, render: (_v, b) => b.total.capacityTraineeHours.toLocaleString() },
    {
      title: t('training.utilisation.rate'),
      key: 'rate',
      width: 200,
      render: (_v, b) => <Progress percent={b.total.utilisationPercent} size="small" aria-label={t('training.utilisation.rateOf', { name: b.name })} />,
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8}>
        <Select<number>
          aria-label={t('training.utilisation.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('training.yearOption', { year: y }) }))}
          style={{ width: 120 }}
        />
        <Select<string>
          aria-label={t('training.utilisation.base')}
          allowClear
          value={baseId}
          onChange={setBaseId}
          placeholder={t('training.utilisation.allBases')}
          options={(utilisation.data?.bases ?? []).map((b) => ({ value: b.baseId, label: b.name }))}
          style={{ minWidth: 280 }}
        />
      </Flex>
      {utilisation.error ? <ErrorAlert error={utilisation.error} /> : null}
      {stats.data ? (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('training.stats.demonstrativeBases')} value={stats.data.trainingBases} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.stats.operatingBases')} value={stats.data.operatingBases} suffix={t('training.stats.stationsSuffix', { stations: stats.data.stations })} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.stats.bookings')} value={stats.data.bookings} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.stats.usedHours')} value={stats.data.usedTraineeHours} />
          </Col>
        </Row>
      ) : null}
      <Card variant="outlined" title={t('training.utilisation.chartTitle', { name: baseName, year })}>
        <EChart
          summary={t('training.utilisation.chartSummary', {
            name: baseName,
            year,
            peak: Math.max(0, ...months.map((m) => m.usedPercent)),
          })}
          caption={t('training.utilisation.chartTitle', { name: baseName, year })}
          categoryLabel={t('training.utilisation.month')}
          categories={months.map((m) => m.month)}
          series={[
            { name: t('training.utilisation.usedPercent'), type: 'bar', data: months.map((m) => m.usedPercent) },
            { name: t('training.utilisation.bookedPercent'), type: 'line', data: months.map((m) => m.bookedPercent) },
          ]}
        />
      </Card>
      <Table<BaseRow>
        rowKey="baseId"
        components={components}
        columns={columns}
        dataSource={utilisation.data?.bases ?? []}
        loading={utilisation.isLoading}
        pagination={false}
        scroll={{ x: 800 }}
      />
    </Flex>
  );
}
