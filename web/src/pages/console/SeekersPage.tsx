import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { SeekerCardList } from '../../modules/talent/components/SeekerCardList';
import { SeekerFilterBar } from '../../modules/talent/components/SeekerFilterBar';
import { SeekerListActions } from '../../modules/talent/components/SeekerListActions';
import { SeekerTable } from '../../modules/talent/components/SeekerTable';
import { useSeekerFilters } from '../../modules/talent/hooks/useSeekerFilters';
import { useSeekers } from '../../modules/talent/hooks/useSeekers';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useIsPhone } from '../../ui/useIsPhone';

/** 人才库: the zone's job seekers, searched and filtered, with walk-in registration, import and export. */
export function SeekersPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const { filters, updateFilters, resetFilters } = useSeekerFilters();
  const { data, error, isLoading } = useSeekers(filters);

  function handlePageChange(page: number, pageSize: number) {
    updateFilters({ page, pageSize });
  }

  return (
    <>
      <PageHeading title={t('menu.seekers')} description={t('talent.seekers.lead')} extra={<SeekerListActions filters={filters} />} />
      <Card variant="outlined">
        <SeekerFilterBar filters={filters} onChange={updateFilters} onReset={resetFilters} />
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <div aria-live="polite" className="sr-only">
          {data ? t('common.totalItems', { total: data.total }) : ''}
        </div>
        {isPhone ? (
          <SeekerCardList page={data} isLoading={isLoading} onPageChange={handlePageChange} />
        ) : (
          <SeekerTable page={data} isLoading={isLoading} onPageChange={handlePageChange} />
        )}
      </Card>
    </>
  );
}
