import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { CreatePositionPayload, Position, ReviewPayload, UpdatePositionPayload } from '../types';

function positionPath(id: string, action?: string): string {
  return `/api/positions/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

/** Writes to positions; every call throws an ApiError the caller shows. */
export function usePositionMutations() {
  return useMemo(
    () => ({
      createPosition: (payload: CreatePositionPayload) => api.post<Position>('/api/positions', payload),
      updatePosition: (id: string, changes: UpdatePositionPayload) => api.patch<Position>(positionPath(id), changes),
      submitPosition: (id: string) => api.post<Position>(positionPath(id, 'submit')),
      closePosition: (id: string) => api.post<Position>(positionPath(id, 'close')),
      reviewPosition: (id: string, review: ReviewPayload) => api.post<Position>(positionPath(id, 'review'), review),
    }),
    [],
  );
}
