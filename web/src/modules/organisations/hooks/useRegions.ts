import type { Region } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';

/** GB/T 2260 divisions as a tree (province → prefecture → county) for the region Cascader. */
export function useRegions() {
  return useApiQuery<Region[]>('/api/regions');
}
