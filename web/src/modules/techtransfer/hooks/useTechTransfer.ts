import { useApiQuery } from '../../../api/useApiQuery';
import type { Query } from '../../../api/client';
import type {
  AchievementPage,
  Challenge,
  ChallengePage,
  ContractPage,
  PatentDetail,
  PatentPage,
  ProposalList,
  RaPositionPage,
  RaProgress,
  TechTransferStats,
  TransferPage,
} from '../types';

// Reads of the technology-transfer API; lists keep the previous page while the next loads.

export function useTechTransferStats(year: number, isEnabled: boolean) {
  return useApiQuery<TechTransferStats>(isEnabled ? '/api/techtransfer/stats' : null, { year }, { keepPrevious: true });
}

export function usePatents(query: Query) {
  return useApiQuery<PatentPage>('/api/patents', query, { keepPrevious: true });
}

export function usePatent(id: string | undefined) {
  return useApiQuery<PatentDetail>(id ? `/api/patents/${encodeURIComponent(id)}` : null);
}

export function useTransfers(query: Query) {
  return useApiQuery<TransferPage>('/api/patent-transfers', query, { keepPrevious: true });
}

export function useContracts(query: Query) {
  return useApiQuery<ContractPage>('/api/tech-contracts', query, { keepPrevious: true });
}

export function useAchievements(query: Query) {
  return useApiQuery<AchievementPage>('/api/achievements', query, { keepPrevious: true });
}

export function useRaPositions(query: Query) {
  return useApiQuery<RaPositionPage>('/api/ra-positions', query, { keepPrevious: true });
}

export function useRaProgress(year: number) {
  return useApiQuery<RaProgress>('/api/ra-progress', { year }, { keepPrevious: true });
}

export function useChallenges(query: Query) {
  return useApiQuery<ChallengePage>('/api/challenges', query, { keepPrevious: true });
}

export function useChallenge(id: string | undefined) {
  return useApiQuery<Challenge>(id ? `/api/challenges/${encodeURIComponent(id)}` : null);
}

/** Proposals of a challenge; `null` when the viewer may not read them (government). */
export function useProposals(challengeId: string | undefined, isEnabled: boolean) {
  return useApiQuery<ProposalList>(challengeId && isEnabled ? `/api/challenges/${encodeURIComponent(challengeId)}/proposals` : null);
}
