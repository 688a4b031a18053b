import { useApiQuery } from '../../../api/useApiQuery';
import type { Bank, IndexDetail, IndexPage, LoanDetail, LoanPage, LoanStatus, LoanTotals, RdInputPage, Weights, WeightsHistory } from '../types';

export type IndexQuery = { year: number; q?: string; page: number; pageSize: number };

/** The zone's enterprises ranked by their index for a year (an enterprise gets only itself). */
export function useIndices(query: IndexQuery, isEnabled = true) {
  return useApiQuery<IndexPage>(isEnabled ? '/api/innovation/indices' : null, query, { keepPrevious: true });
}

/** One enterprise's index for a year: breakdown and the records behind each factor. */
export function useIndexDetail(organisationId: string | null | undefined, year: number) {
  return useApiQuery<IndexDetail>(organisationId ? `/api/innovation/indices/${encodeURIComponent(organisationId)}` : null, { year }, { keepPrevious: true });
}

export function useWeights() {
  return useApiQuery<Weights>('/api/innovation/weights');
}

export function useWeightsHistory(isEnabled = true) {
  return useApiQuery<WeightsHistory>(isEnabled ? '/api/innovation/weights/history' : null);
}

/** R&D inputs: an enterprise's own, every year. */
export function useRdInputs(isEnabled = true) {
  return useApiQuery<RdInputPage>(isEnabled ? '/api/innovation/rd-inputs' : null, { pageSize: 50 });
}

export function useBanks(isEnabled = true) {
  return useApiQuery<{ items: Bank[] }>(isEnabled ? '/api/innovation/banks' : null);
}

export type LoanQuery = { status?: LoanStatus; year?: number; page: number; pageSize: number };

export function useLoans(query: LoanQuery) {
  return useApiQuery<LoanPage>('/api/innovation/loans', query, { keepPrevious: true });
}

export function useLoan(id: string | undefined) {
  return useApiQuery<LoanDetail>(id ? `/api/innovation/loans/${encodeURIComponent(id)}` : null);
}

/** Totals per year, and per bank for one year, within what the reader may see. */
export function useLoanTotals(year: number) {
  return useApiQuery<LoanTotals>('/api/innovation/loans/totals', { year }, { keepPrevious: true });
}
