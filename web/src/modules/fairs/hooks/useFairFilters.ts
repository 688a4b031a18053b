import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FAIR_KINDS, FAIR_PHASES } from '../../../../../src/modules/fairs/fairs.codes';
import { pickParam, positiveIntParam } from '../../../ui/urlParams';
import type { FairListFilters } from './useFairQueries';

const PAGE_SIZE = 20;

/** Kind, phase, keyword and page of the console's fair list, kept in the URL. */
export function useFairFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<FairListFilters>(
    () => ({
      kind: pickParam(params.get('kind'), FAIR_KINDS),
      phase: pickParam(params.get('phase'), FAIR_PHASES),
      q: params.get('q') ?? '',
      page: positiveIntParam(params.get('page'), 1),
      pageSize: PAGE_SIZE,
    }),
    [params],
  );
  const updateFilters = useCallback(
    (changes: Partial<FairListFilters>) => {
      const next = { ...filters, ...changes, ...('page' in changes ? {} : { page: 1 }) };
      const updated = new URLSearchParams();
      if (next.kind) updated.set('kind', next.kind);
      if (next.phase) updated.set('phase', next.phase);
      if (next.q) updated.set('q', next.q);
      if (next.page > 1) updated.set('page', String(next.page));
      setParams(updated, { replace: true });
    },
    [filters, setParams],
  );
  return { filters, updateFilters };
}
