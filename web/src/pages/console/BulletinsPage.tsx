import { PlusOutlined } from '@ant-design/icons';
import { Card, Col, Form, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { BulletinTable } from '../../modules/bulletins/components/BulletinTable';
import { useBulletinFilters } from '../../modules/bulletins/hooks/useBulletinFilters';
import { useBulletins } from '../../modules/bulletins/hooks/useBulletins';
import { BULLETIN_STATUSES } from '../../modules/bulletins/types';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FilterSelect } from '../../ui/FilterSelect';
import { PageHeading } from '../../ui/PageHeading';

const FIRST_YEAR = 2020;

/** 招聘信息: the zone's bulletin issues by year and status; operators compile new ones. */
export function BulletinsPage() {
  const t = useT();
  const { me } = useAuth();
  const { filters, updateFilters } = useBulletinFilters();
  const { data, error, isLoading } = useBulletins(filters);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => String(thisYear + 1 - i));

  return (
    <>
      <PageHeading
        title={t('menu.bulletins')}
        description={t('bulletins.list.lead')}
        extra={
          me?.role === 'operator' ? (
            <ButtonLink to="/console/bulletins/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
              {t('bulletins.create')}
            </ButtonLink>
          ) : null
        }
      />
      <Card variant="outlined">
        <div role="search" aria-label={t('bulletins.list.filters')}>
          <Form layout="vertical">
            <Row gutter={12}>
              <Col xs={12} md={6}>
                <FilterSelect
                  id="bulletin-filter-year"
                  label={t('bulletins.field.year')}
                  value={filters.year === '' ? '' : String(filters.year)}
                  options={years.map((value) => ({ value, label: t('bulletins.yearLabel', { year: value }) }))}
                  onChange={(year) => updateFilters({ year: year === '' ? '' : Number(year) })}
                />
              </Col>
              <Col xs={12} md={6}>
                <FilterSelect
                  id="bulletin-filter-status"
                  label={t('bulletins.field.status')}
                  value={filters.status}
                  options={BULLETIN_STATUSES.map((value) => ({ value, label: t(`bulletins.status.${value}`) }))}
                  onChange={(status) => updateFilters({ status })}
                />
              </Col>
            </Row>
          </Form>
        </div>
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <BulletinTable page={data} isLoading={isLoading} onPageChange={(page) => updateFilters({ page })} />
      </Card>
    </>
  );
}
