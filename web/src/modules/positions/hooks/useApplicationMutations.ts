import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Application, ApplicationChange, ApplyPayload } from '../types';

/** Applying, and moving an application along; every call throws an ApiError the caller shows. */
export function useApplicationMutations() {
  return useMemo(
    () => ({
      applyToPosition: (positionId: string, payload: ApplyPayload) =>
        api.post<Application>(`/api/positions/${encodeURIComponent(positionId)}/applications`, payload),
      changeApplication: (id: string, change: ApplicationChange) =>
        api.patch<Application>(`/api/applications/${encodeURIComponent(id)}`, change),
    }),
    [],
  );
}
