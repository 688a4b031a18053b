import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { AuditFilterBar } from '../../modules/audit/components/AuditFilterBar';
import { AuditTable } from '../../modules/audit/components/AuditTable';
import { useAuditFilters } from '../../modules/audit/hooks/useAuditFilters';
import { useAuditLog } from '../../modules/audit/hooks/useAuditLog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

export function AuditPage() {
  const t = useT();
  const { filters, updateFilters } = useAuditFilters();
  const { data, error, isLoading } = useAuditLog(filters);
  return (
    <>
      <PageHeading title={t('menu.audit')} description={t('audit.lead')} />
      <Card variant="outlined">
        <AuditFilterBar filters={filters} onChange={updateFilters} />
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <AuditTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} />
      </Card>
    </>
  );
}
