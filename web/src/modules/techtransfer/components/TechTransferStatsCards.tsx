import { Card, Col, Progress, Row, Select, Space, Statistic, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTechTransferStats } from '../hooks/useTechTransfer';
import { moneyText, yearOptions } from '../utils/format';

export type TechTransferStatsCardsProps = { year: number; onYearChange: (year: number) => void };

/** The zone's figures of a year, each computed from the records behind it. */
export function TechTransferStatsCards({ year, onYearChange }: TechTransferStatsCardsProps) {
  const t = useT();
  const language = useLanguage();
  const { data, error, isLoading } = useTechTransferStats(year, true);
  const progress = data?.raPositionsTarget ? Math.round((data.raPositions / data.raPositionsTarget) * 100) : null;
  const figure = (title: string, value: number | string | undefined, suffix?: string) => (
    <Col xs={12} md={8} xl={6}>
      <Card variant="outlined" loading={isLoading && !data}>
        <Statistic title={title} value={value ?? '—'} suffix={suffix} />
      </Card>
    </Col>
  );
  return (
    <section aria-labelledby="tt-stats-heading">
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={2} id="tt-stats-heading" style={{ fontSize: 18, margin: 0 }}>
          {t('tt.stats.title', { year })}
        </Typography.Title>
        <Select aria-label={t('tt.field.year')} value={year} options={yearOptions()} onChange={onYearChange} style={{ width: 110 }} />
      </Space>
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[12, 12]}>
        {figure(t('tt.stats.patentsGranted'), data?.patentsGranted, t('tt.unit.items'))}
        {figure(t('tt.stats.validInventionPatents'), data?.validInventionPatents, t('tt.unit.items'))}
        {figure(t('tt.stats.patentTransfers'), data ? data.patentTransfers : undefined, t('tt.unit.items'))}
        {figure(t('tt.stats.achievements'), data?.achievementRegistrations, t('tt.unit.items'))}
        {figure(t('tt.stats.techContracts'), data?.techContracts, t('tt.unit.contracts'))}
        {figure(t('tt.stats.techContractAmount'), data ? moneyText(data.techContractAmountFen, language) : undefined)}
        {figure(t('tt.stats.challenges'), data ? `${data.challenges.posted} / ${data.challenges.contracted}` : undefined)}
        <Col xs={12} md={8} xl={6}>
          <Card variant="outlined" loading={isLoading && !data}>
            <Statistic
              title={t('tt.stats.raPositions')}
              value={data ? data.raPositions : '—'}
              suffix={data?.raPositionsTarget !== null && data?.raPositionsTarget !== undefined ? `/ ${data.raPositionsTarget}` : undefined}
            />
            {progress !== null ? <Progress percent={progress} size="small" aria-label={t('tt.ra.progressLabel', { percent: progress })} /> : null}
          </Card>
        </Col>
      </Row>
      {data ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('tt.stats.byType', {
            invention: data.patentsGrantedByType.invention,
            utility: data.patentsGrantedByType.utility_model,
            design: data.patentsGrantedByType.design,
            licences: data.patentLicences,
          })}
        </Typography.Paragraph>
      ) : null}
    </section>
  );
}
