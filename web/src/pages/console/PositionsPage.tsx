import { PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { PositionCardList } from '../../modules/positions/components/PositionCardList';
import { PositionFilterBar } from '../../modules/positions/components/PositionFilterBar';
import { PositionTable } from '../../modules/positions/components/PositionTable';
import { useManagedPositions } from '../../modules/positions/hooks/useManagedPositions';
import { useOwnOrganisationType } from '../../modules/positions/hooks/useOwnOrganisationType';
import { usePositionFilters } from '../../modules/positions/hooks/usePositionFilters';
import { canWritePositions } from '../../modules/positions/utils/permissions';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useIsPhone } from '../../ui/useIsPhone';

/** `/console/positions`: an enterprise's own positions, or the zone's for operators and government. */
export function PositionsPage() {
  const t = useT();
  const { me } = useAuth();
  const isPhone = useIsPhone();
  const { organisationType } = useOwnOrganisationType();
  const { filters, updateFilters, resetFilters } = usePositionFilters();
  const { data, error, isLoading } = useManagedPositions(filters);
  const isZone = me?.role === 'operator' || me?.role === 'government';
  const canWrite = canWritePositions(me, organisationType);

  function handlePageChange(page: number, pageSize: number) {
    updateFilters({ page, pageSize });
  }

  const title = me?.role === 'government' ? t('menu.zonePositions') : t('menu.positions');
  const lead =
    me?.role === 'operator'
      ? t('positions.list.lead.operator')
      : me?.role === 'government'
        ? t('positions.list.lead.government')
        : t('positions.list.lead.enterprise');
  return (
    <>
      <PageHeading
        title={title}
        description={lead}
        extra={
          canWrite ? (
            <ButtonLink to="/console/positions/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
              {me?.role === 'operator' ? t('positions.action.recordVisit') : t('positions.action.create')}
            </ButtonLink>
          ) : null
        }
      />
      <Card variant="outlined">
        <PositionFilterBar filters={filters} hasEnterpriseFilter={isZone} onChange={updateFilters} onReset={resetFilters} />
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <div aria-live="polite" className="sr-only">
          {data ? t('common.totalItems', { total: data.total }) : ''}
        </div>
        {isPhone ? (
          <PositionCardList page={data} isLoading={isLoading} showsEnterprise={isZone} onPageChange={handlePageChange} />
        ) : (
          <PositionTable page={data} isLoading={isLoading} showsEnterprise={isZone} onPageChange={handlePageChange} />
        )}
      </Card>
    </>
  );
}
