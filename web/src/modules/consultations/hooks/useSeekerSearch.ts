import { useEffect, useState } from 'react';
import { useApiQuery } from '../../../api/useApiQuery';
import type { SeekerPage } from '../../talent/types';

const DEBOUNCE_MS = 300;

/** Seekers of the zone matching typed text (name, school, skill, or a full mobile / ID number), debounced. */
export function useSeekerSearch(text: string, isEnabled: boolean) {
  const [query, setQuery] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return useApiQuery<SeekerPage>(isEnabled ? '/api/seekers' : null, { q: query, pageSize: 20 }, { keepPrevious: true });
}
