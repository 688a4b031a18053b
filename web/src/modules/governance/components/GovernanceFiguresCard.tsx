import { Card, Col, Row, Select, Statistic } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useGovernanceFigures } from '../hooks/useGovernanceQueries';
import type { GovernanceFigures } from '../types';

/** The consortium was constituted in 2023: its first year, and the one the card opens on. */
const FIRST_YEAR = 2023;
const INDICATORS: (keyof GovernanceFigures['indicators'])[] = [
  'council_members',
  'agreement_schools',
  'dual_appointments_to_enterprises',
  'dual_appointments_to_schools',
  'enterprises_visited',
];

/** A year's governance figures, each counted from the records on these pages. */
export function GovernanceFiguresCard() {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(FIRST_YEAR);
  const { data, error, isLoading } = useGovernanceFigures(year);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return (
    <Card
      variant="outlined"
      title={t('gov.figures.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Select<number>
          aria-label={t('gov.figures.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('gov.yearOption', { year: y }) }))}
          style={{ width: 110 }}
        />
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]}>
        {INDICATORS.map((key) => (
          <Col key={key} xs={12} md={8} lg={4}>
            <Statistic title={t(`gov.figures.${key}`)} value={data?.indicators[key] ?? 0} loading={isLoading && !data} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
