import { useEffect, useMemo, useState } from 'react';
import type { Organisation, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import type { PublicPositionPage } from '../types';

/** Where enterprises are looked up: the zone's member list (operators), or the enterprises hiring now (seekers). */
export type EnterpriseSource = 'zone' | 'hiring';

export type EnterpriseOption = { id: string; name: string };

const DEBOUNCE_MS = 300;

/** Enterprises whose name matches the typed text, debounced. */
export function useEnterpriseSearch(source: EnterpriseSource, text: string) {
  const [query, setQuery] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const zone = useApiQuery<Page<Organisation>>(
    source === 'zone' ? '/api/organisations' : null,
    { type: 'enterprise', isActive: 'true', q: query, pageSize: 20 },
    { keepPrevious: true },
  );
  // Seekers cannot list member units: the enterprises of published positions are the ones they may share with.
  const hiring = useApiQuery<PublicPositionPage>(
    source === 'hiring' ? '/api/positions' : null,
    { q: query, pageSize: 50, sort: query ? 'relevance' : 'recent' },
    { keepPrevious: true },
  );

  const options = useMemo<EnterpriseOption[]>(() => {
    if (source === 'zone') return (zone.data?.items ?? []).map((org) => ({ id: org.id, name: org.name }));
    const seen = new Map<string, string>();
    for (const position of hiring.data?.items ?? []) seen.set(position.organisationId, position.organisationName);
    return [...seen.entries()].map(([id, name]) => ({ id, name }));
  }, [source, zone.data, hiring.data]);

  return { options, isLoading: source === 'zone' ? zone.isLoading : hiring.isLoading, error: zone.error ?? hiring.error };
}
