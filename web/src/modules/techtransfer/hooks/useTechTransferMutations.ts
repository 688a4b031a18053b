import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type {
  Achievement,
  Challenge,
  Contract,
  CreateAchievementPayload,
  CreateChallengePayload,
  CreateContractPayload,
  CreatePatentPayload,
  CreateProposalPayload,
  CreateRaPositionPayload,
  CreateTransferPayload,
  PatentDetail,
  Proposal,
  RaPosition,
  RegistryImportReport,
  Transfer,
} from '../types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export type RegistryImportKind = 'patents' | 'tech-contracts';

/** Writes of the technology-transfer API; every call throws an ApiError the caller shows. */
export function useTechTransferMutations() {
  return useMemo(
    () => ({
      createPatent: (payload: CreatePatentPayload) => api.post<PatentDetail>('/api/patents', payload),
      updatePatent: (id: string, payload: Record<string, unknown>) => api.patch<PatentDetail>(at('/api/patents', id), payload),
      changePatentStatus: (id: string, payload: Record<string, unknown>) => api.post<PatentDetail>(`${at('/api/patents', id)}/status`, payload),
      createTransfer: (payload: CreateTransferPayload) => api.post<Transfer>('/api/patent-transfers', payload),
      registerContract: (payload: CreateContractPayload) => api.post<Contract>('/api/tech-contracts', payload),
      updateContract: (id: string, payload: Record<string, unknown>) => api.patch<Contract>(at('/api/tech-contracts', id), payload),
      createAchievement: (payload: CreateAchievementPayload) => api.post<Achievement>('/api/achievements', payload),
      createRaPosition: (payload: CreateRaPositionPayload) => api.post<RaPosition>('/api/ra-positions', payload),
      setRaTarget: (payload: { year: number; organisationId?: string | null; target: number; version?: number }) =>
        apiRequest<unknown>('PUT', '/api/ra-targets', { json: payload }),
      createChallenge: (payload: CreateChallengePayload) => api.post<Challenge>('/api/challenges', payload),
      updateChallenge: (id: string, payload: Record<string, unknown>) => api.patch<Challenge>(at('/api/challenges', id), payload),
      actOnChallenge: (id: string, payload: Record<string, unknown>) => api.post<Challenge>(`${at('/api/challenges', id)}/actions`, payload),
      submitProposal: (challengeId: string, payload: CreateProposalPayload) => api.post<Proposal>(`${at('/api/challenges', challengeId)}/proposals`, payload),
      updateProposal: (id: string, payload: Record<string, unknown>) => api.patch<Proposal>(at('/api/proposals', id), payload),
      withdrawProposal: (id: string, version: number) => api.post<Proposal>(`${at('/api/proposals', id)}/withdraw`, { version }),
      importRegistryFile: (kind: RegistryImportKind, mode: 'preview' | 'commit', file: ArrayBuffer) =>
        apiRequest<RegistryImportReport>('POST', `/api/${kind}/import`, { query: { mode }, raw: file, contentType: XLSX }),
    }),
    [],
  );
}
