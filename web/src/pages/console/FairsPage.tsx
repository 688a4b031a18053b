import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { FairFilterBar } from '../../modules/fairs/components/FairFilterBar';
import { FairTable } from '../../modules/fairs/components/FairTable';
import { useFairAccess } from '../../modules/fairs/hooks/useFairAccess';
import { useFairFilters } from '../../modules/fairs/hooks/useFairFilters';
import { useFairs } from '../../modules/fairs/hooks/useFairQueries';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/fairs`: 招聘会 of the zone, filtered by kind, phase and keyword. */
export function FairsPage() {
  const t = useT();
  const { isOperator, isGovernment, isEnterprise, canCreate } = useFairAccess();
  const { filters, updateFilters } = useFairFilters();
  const { data, error, isLoading } = useFairs(filters);
  return (
    <>
      <PageHeading
        title={t('menu.fairs')}
        description={isEnterprise ? t('fairs.list.leadEnterprise') : t('fairs.list.lead')}
        extra={
          <>
            {isOperator || isGovernment ? (
              <ButtonLink to="/console/fairs/overview" icon={<BarChartOutlined aria-hidden="true" />}>
                {t('fairs.overview.title')}
              </ButtonLink>
            ) : null}
            {canCreate ? (
              <ButtonLink to="/console/fairs/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
                {t('fairs.create')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Card variant="outlined">
        <FairFilterBar key={filters.q} filters={filters} onChange={updateFilters} />
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <FairTable page={data} isLoading={isLoading} onPageChange={(page) => updateFilters({ page })} />
      </Card>
    </>
  );
}
