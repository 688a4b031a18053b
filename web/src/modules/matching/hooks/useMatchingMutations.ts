import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type {
  Allocation,
  ApproveAllocationPayload,
  ApprovedAllocation,
  CreateAllocationPayload,
  CreatedRecommendations,
  CreateRecommendationsPayload,
  UpdateWeightsPayload,
  WeightsView,
} from '../types';

const allocationPath = (id: string, action: 'approve' | 'discard') => `/api/allocations/${encodeURIComponent(id)}/${action}`;

/** Writes of matching: recommend, weights, the enterprise's order, allocations. Every call throws an ApiError the caller shows. */
export function useMatchingMutations() {
  return useMemo(
    () => ({
      recommendCandidates: (payload: CreateRecommendationsPayload) => api.post<CreatedRecommendations>('/api/recommendations', payload),
      saveWeights: (payload: UpdateWeightsPayload) => apiRequest<WeightsView>('PUT', '/api/matching/weights', { json: payload }),
      setEmployerRank: (applicationId: string, employerRank: number | null) =>
        apiRequest<{ employerRank: number | null }>('PUT', `/api/applications/${encodeURIComponent(applicationId)}/employer-rank`, {
          json: { employerRank },
        }),
      createAllocation: (payload: CreateAllocationPayload) => api.post<Allocation>('/api/allocations', payload),
      approveAllocation: (id: string, payload: ApproveAllocationPayload) => api.post<ApprovedAllocation>(allocationPath(id, 'approve'), payload),
      discardAllocation: (id: string, version: number) => api.post<Allocation>(allocationPath(id, 'discard'), { version }),
    }),
    [],
  );
}
