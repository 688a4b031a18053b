import type { Organisation, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useOrganisation } from '../../organisations/hooks/useOrganisation';
import { useDebouncedValue } from './useDebouncedValue';

/** Active enterprises of the zone matching what the operator types, plus the one already chosen. */
export function useEnterpriseOptions(search: string, selectedId: string | undefined) {
  const q = useDebouncedValue(search.trim());
  const found = useApiQuery<Page<Organisation>>('/api/organisations', { type: 'enterprise', isActive: true, q, pageSize: 20 });
  const selected = useOrganisation(selectedId);
  const items = found.data?.items ?? [];
  const chosen = selected.data;
  const enterprises = chosen && !items.some((org) => org.id === chosen.id) ? [chosen, ...items] : items;
  return { enterprises, isLoading: found.isLoading, error: found.error };
}
