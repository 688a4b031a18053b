import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type AuditFilters, auditSearchParams, parseAuditFilters } from '../utils/filters';

export function useAuditFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(searchParams), [searchParams]);
  const updateFilters = useCallback(
    (changes: Partial<AuditFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      setSearchParams(auditSearchParams({ ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) }), {
        replace: true,
      });
    },
    [filters, setSearchParams],
  );
  return { filters, updateFilters };
}
