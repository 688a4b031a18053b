import { Card, Col, Flex, Form, Row, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { EChart } from '../../../ui/EChart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useFairYearStats } from '../hooks/useFairQueries';
import type { YearFairFigures } from '../types';
import { formatDay } from '../utils/format';
import { FigureCards } from './FigureCards';

const FIRST_YEAR = 2020;

export type FairYearOverviewProps = { year: number; onYearChange: (year: number) => void };

/** The zone's fairs of a year: totals, one chart bar group per fair, and the same figures as a table. */
export function FairYearOverview({ year, onYearChange }: FairYearOverviewProps) {
  const t = useT();
  const { data, error, isLoading } = useFairYearStats(year);
  const components = useTableCaption(t('fairs.overview.tableCaption', { year }));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i);
  const fairs = [...(data?.fairs ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const columns: ColumnsType<YearFairFigures> = [
    { title: t('fairs.field.title'), key: 'title', render: (_v, f) => <Link to={`/console/fairs/${f.id}`}>{f.title}</Link> },
    { title: t('fairs.field.kind'), key: 'kind', width: 110, render: (_v, f) => t(`fairs.kind.${f.kind}`) },
    { title: t('fairs.overview.date'), key: 'date', width: 110, render: (_v, f) => formatDay(f.startsAt) },
    { title: t('fairs.stats.registered'), dataIndex: 'registered', key: 'registered', width: 90, align: 'right' },
    { title: t('fairs.stats.checkedIn'), dataIndex: 'checkedIn', key: 'checkedIn', width: 90, align: 'right' },
    { title: t('fairs.stats.intentPeople'), dataIndex: 'intentPeople', key: 'intentPeople', width: 100, align: 'right' },
    { title: t('fairs.stats.resumes'), dataIndex: 'resumes', key: 'resumes', width: 90, align: 'right' },
    { title: t('fairs.stats.hires'), dataIndex: 'hires', key: 'hires', width: 90, align: 'right' },
  ];
  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('fairs.overview.year')} htmlFor="fair-overview-year">
          <Select<number>
            id="fair-overview-year"
            value={year}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: t('fairs.overview.yearOption', { year: y }) }))}
            onChange={onYearChange}
          />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && isLoading ? <LoadingBlock /> : null}
      {data ? (
        <>
          <FigureCards
            figures={[
              { key: 'campus', label: t('fairs.overview.campusFairs'), value: data.campusFairs },
              { key: 'onsite', label: t('fairs.overview.onsiteFairs'), value: data.onsiteFairs },
              { key: 'registered', label: t('fairs.stats.registered'), value: data.registered },
              { key: 'checkedIn', label: t('fairs.stats.checkedIn'), value: data.checkedIn },
              { key: 'intentPeople', label: t('fairs.stats.intentPeople'), value: data.intentPeople },
              { key: 'resumes', label: t('fairs.overview.resumes'), value: data.resumes },
              { key: 'hires', label: t('fairs.stats.hires'), value: data.hiresAttributed },
            ]}
          />
          <Row gutter={[12, 12]}>
            <Col xs={24}>
              <Card variant="outlined" size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('fairs.overview.chartTitle', { year })}</h2>}>
                <EChart
                  summary={t('fairs.overview.chartSummary', { year, count: fairs.length, checkedIn: data.checkedIn, intentPeople: data.intentPeople })}
                  caption={t('fairs.overview.chartTitle', { year })}
                  categoryLabel={t('fairs.overview.dateKind')}
                  categories={fairs.map((f) => `${formatDay(f.startsAt).slice(5)} ${t(`fairs.kind.${f.kind}`)}`)}
                  series={[
                    { name: t('fairs.stats.checkedIn'), type: 'bar', data: fairs.map((f) => f.checkedIn) },
                    { name: t('fairs.stats.intentPeople'), type: 'bar', data: fairs.map((f) => f.intentPeople) },
                    { name: t('fairs.stats.resumes'), type: 'bar', data: fairs.map((f) => f.resumes) },
                    { name: t('fairs.stats.hires'), type: 'line', data: fairs.map((f) => f.hires) },
                  ]}
                  height={340}
                />
              </Card>
            </Col>
          </Row>
          <Table<YearFairFigures>
            rowKey="id"
            components={components}
            columns={columns}
            dataSource={fairs}
            scroll={{ x: 900 }}
            pagination={false}
            locale={{ emptyText: t('fairs.list.empty') }}
          />
        </>
      ) : null}
    </Flex>
  );
}
