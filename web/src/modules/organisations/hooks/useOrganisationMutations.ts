import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type { ImportCommit, ImportPreview, Organisation } from '../../../api/types';
import type { OrganisationPayload } from '../utils/formValues';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes to member units; every call throws an ApiError the caller shows. */
export function useOrganisationMutations() {
  return useMemo(
    () => ({
      createOrganisation: (payload: Partial<OrganisationPayload>) => api.post<Organisation>('/api/organisations', payload),
      updateOrganisation: (id: string, changes: Partial<OrganisationPayload> & { version: number }) =>
        api.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, changes),
      setOrganisationActive: (id: string, isActive: boolean) =>
        api.post<Organisation>(`/api/organisations/${encodeURIComponent(id)}/${isActive ? 'activate' : 'deactivate'}`),
      previewImport: (file: ArrayBuffer) =>
        apiRequest<ImportPreview>('POST', '/api/organisations/import', {
          query: { mode: 'preview' },
          raw: file,
          contentType: XLSX_MEDIA_TYPE,
        }),
      commitImport: (file: ArrayBuffer) =>
        apiRequest<ImportCommit>('POST', '/api/organisations/import', {
          query: { mode: 'commit' },
          raw: file,
          contentType: XLSX_MEDIA_TYPE,
        }),
    }),
    [],
  );
}
