import { useApiQuery } from '../../../api/useApiQuery';
import type { CandidateList } from '../types';
import { type CandidateFilters, toCandidatesQuery } from '../utils/candidateFilters';

/** The consenting candidates of the zone ranked for a position, best first, with explanations. */
export function useCandidates(positionId: string | null, filters: CandidateFilters) {
  return useApiQuery<CandidateList>(
    positionId ? `/api/positions/${encodeURIComponent(positionId)}/candidates` : null,
    toCandidatesQuery(filters),
    { keepPrevious: true },
  );
}
