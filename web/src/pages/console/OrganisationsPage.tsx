import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { canExportOrganisations, canManageOrganisations } from '../../modules/auth/utils/permissions';
import { OrganisationCardList } from '../../modules/organisations/components/OrganisationCardList';
import { OrganisationFilterBar } from '../../modules/organisations/components/OrganisationFilterBar';
import { OrganisationListActions } from '../../modules/organisations/components/OrganisationListActions';
import { OrganisationTable } from '../../modules/organisations/components/OrganisationTable';
import { useOrganisationFilters } from '../../modules/organisations/hooks/useOrganisationFilters';
import { useOrganisations } from '../../modules/organisations/hooks/useOrganisations';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useIsPhone } from '../../ui/useIsPhone';

export function OrganisationsPage() {
  const t = useT();
  const { me } = useAuth();
  const isPhone = useIsPhone();
  const { filters, updateFilters, resetFilters } = useOrganisationFilters();
  const { data, error, isLoading } = useOrganisations(filters);

  function handlePageChange(page: number, pageSize: number) {
    updateFilters({ page, pageSize });
  }

  return (
    <>
      <PageHeading
        title={t('menu.organisations')}
        description={t('org.list.lead')}
        extra={
          <OrganisationListActions
            filters={filters}
            canManage={canManageOrganisations(me)}
            canExport={canExportOrganisations(me)}
          />
        }
      />
      <Card variant="outlined">
        <OrganisationFilterBar filters={filters} onChange={updateFilters} onReset={resetFilters} />
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <div aria-live="polite" className="sr-only">
          {data ? t('common.totalItems', { total: data.total }) : ''}
        </div>
        {isPhone ? (
          <OrganisationCardList page={data} isLoading={isLoading} onPageChange={handlePageChange} />
        ) : (
          <OrganisationTable page={data} isLoading={isLoading} onPageChange={handlePageChange} />
        )}
      </Card>
    </>
  );
}
