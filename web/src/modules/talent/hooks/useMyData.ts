import { useApiQuery } from '../../../api/useApiQuery';
import type { MyData } from '../types';

/** Everything Qiao holds about the signed-in seeker (each read is audited on the server). */
export function useMyData() {
  return useApiQuery<MyData>('/api/me/data');
}
