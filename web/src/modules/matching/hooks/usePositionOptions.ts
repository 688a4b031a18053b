import type { Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useDebouncedValue } from '../../positions/hooks/useDebouncedValue';
import type { Position } from '../../positions/types';

/**
 * The caller's positions matching what is typed (the zone's for operators, an enterprise's own),
 * `publishedOnly` for choosing open posts. Positions already chosen stay known by `chosen`, so
 * their titles show while the search lists others.
 */
export function usePositionOptions(search: string, options: { publishedOnly?: boolean; pageSize?: number } = {}) {
  const q = useDebouncedValue(search.trim());
  const found = useApiQuery<Page<Position>>(
    '/api/managed-positions',
    { q, status: options.publishedOnly ? 'published' : undefined, pageSize: options.pageSize ?? 20 },
    { keepPrevious: true },
  );
  return { positions: found.data?.items ?? [], total: found.data?.total ?? 0, isLoading: found.isLoading, error: found.error };
}
