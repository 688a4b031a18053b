import { useApiQuery } from '../../../api/useApiQuery';
import type { Allocation, AllocationPage } from '../types';

/** The zone's batch allocations, newest first. */
export function useAllocations(page: number, pageSize: number) {
  return useApiQuery<AllocationPage>('/api/allocations', { page, pageSize }, { keepPrevious: true });
}

export function useAllocation(id: string | null | undefined) {
  return useApiQuery<Allocation>(id ? `/api/allocations/${encodeURIComponent(id)}` : null, undefined, { keepPrevious: true });
}
