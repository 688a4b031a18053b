import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Bulletin, CreateBulletinPayload, UpdateBulletinPayload } from '../types';

const bulletinPath = (id: string) => `/api/bulletins/${encodeURIComponent(id)}`;

/** Compiles, edits, publishes and withdraws issues; every call throws an ApiError the caller shows. */
export function useBulletinMutations() {
  return useMemo(
    () => ({
      createBulletin: (payload: CreateBulletinPayload) => api.post<Bulletin>('/api/bulletins', payload),
      updateBulletin: (id: string, payload: UpdateBulletinPayload) => api.patch<Bulletin>(bulletinPath(id), payload),
      publishBulletin: (id: string) => api.post<Bulletin>(`${bulletinPath(id)}/publish`),
      withdrawBulletin: (id: string) => api.post<Bulletin>(`${bulletinPath(id)}/withdraw`),
    }),
    [],
  );
}
