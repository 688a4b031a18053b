import { useApiQuery } from '../../../api/useApiQuery';
import type { DeliveryStatus, OutboxPage } from '../types';

export type OutboxFilters = { status: DeliveryStatus | ''; page: number; pageSize: number };

/** Messages sent to the zone's seekers, newest first, and how their delivery went. */
export function useOutbox(filters: OutboxFilters) {
  return useApiQuery<OutboxPage>('/api/notifications/outbox', filters, { keepPrevious: true });
}
