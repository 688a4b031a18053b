import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { ORGANISATION_TYPES } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOrganisationTypeCounts } from '../hooks/useOrganisationTypeCounts';

export type OrganisationTypeCountsProps = Record<string, never>;

/** Member units by type; each card opens the list filtered by that type. */
export function OrganisationTypeCounts(_props: OrganisationTypeCountsProps) {
  const t = useT();
  const { counts, error, isLoading } = useOrganisationTypeCounts(true);
  return (
    <section aria-labelledby="type-counts-title" aria-busy={isLoading}>
      <Typography.Title id="type-counts-title" level={2} style={{ fontSize: 20 }}>
        {t('dashboard.byType')}
      </Typography.Title>
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]}>
        {ORGANISATION_TYPES.map((type) => (
          <Col key={type} xs={12} sm={8} lg={6} xl={6}>
            <Card variant="outlined" size="small" style={{ height: '100%' }}>
              <Statistic
                title={<Link to={`/console/organisations?type=${type}`}>{t(`orgType.${type}`)}</Link>}
                value={counts?.[type] ?? '—'}
                loading={isLoading}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
