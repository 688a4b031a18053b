import type { AuditEntry, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { shanghaiDayEnd, shanghaiDayStart } from '../../../ui/format';
import type { AuditFilters } from '../utils/filters';

/** One page of the audit log; day bounds are whole days in China Standard Time. */
export function useAuditLog(filters: AuditFilters) {
  return useApiQuery<Page<AuditEntry>>(
    '/api/audit',
    {
      action: filters.action,
      entityType: filters.entityType,
      entityId: filters.entityId,
      actor: filters.actor,
      from: filters.fromDay ? shanghaiDayStart(filters.fromDay) : '',
      to: filters.toDay ? shanghaiDayEnd(filters.toDay) : '',
      page: filters.page,
      pageSize: filters.pageSize,
    },
    { keepPrevious: true },
  );
}
