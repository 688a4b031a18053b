import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePublicStats } from '../hooks/usePublicStats';

export type StatsSectionProps = { headingLevel?: 2 | 3 };

/** Live member-unit figures (理事单位, 企业, 院校, 其他) as Statistic cards. */
export function StatsSection({ headingLevel = 2 }: StatsSectionProps) {
  const t = useT();
  const { data, error, isLoading } = usePublicStats();
  const cards = [
    { key: 'councilMembers', label: t('stats.councilMembers'), value: data?.councilMembers },
    { key: 'enterprises', label: t('stats.enterprises'), value: data?.enterprises },
    { key: 'schools', label: t('stats.schools'), value: data?.schools },
    { key: 'otherMembers', label: t('stats.otherMembers'), value: data?.otherMembers },
  ] as const;
  return (
    <section aria-labelledby="stats-title" aria-busy={isLoading}>
      <Typography.Title id="stats-title" level={headingLevel} style={{ fontSize: 22 }}>
        {t('stats.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('stats.lead')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={card.key} xs={12} md={6}>
            <Card variant="outlined" style={{ height: '100%' }}>
              <Statistic
                title={card.label}
                value={card.value ?? '—'}
                loading={isLoading && card.value === undefined}
                suffix={card.value === undefined ? undefined : t('stats.unit')}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
