import { useMemo } from 'react';
import { api } from '../../../api/client';
import type {
  ApplyLoanPayload,
  CreateRdInputPayload,
  DisbursementPayload,
  LoanDecisionPayload,
  LoanDetail,
  PublishWeightsPayload,
  RdInput,
  UpdateRdInputPayload,
  Weights,
} from '../types';

const loanPath = (id: string, action: string) => `/api/innovation/loans/${encodeURIComponent(id)}/${action}`;

/** Every write of the innovation pages; each call throws an ApiError the caller shows. */
export function useInnovationMutations() {
  return useMemo(
    () => ({
      createRdInput: (payload: CreateRdInputPayload) => api.post<RdInput>('/api/innovation/rd-inputs', payload),
      updateRdInput: (id: string, payload: UpdateRdInputPayload) => api.patch<RdInput>(`/api/innovation/rd-inputs/${encodeURIComponent(id)}`, payload),
      publishWeights: (payload: PublishWeightsPayload) => api.post<Weights>('/api/innovation/weights', payload),
      applyForLoan: (payload: ApplyLoanPayload) => api.post<LoanDetail>('/api/innovation/loans', payload),
      withdrawLoan: (id: string, version: number) => api.post<LoanDetail>(loanPath(id, 'withdraw'), { version }),
      startReview: (id: string, version: number) => api.post<LoanDetail>(loanPath(id, 'start-review'), { version }),
      decideLoan: (id: string, payload: LoanDecisionPayload) => api.post<LoanDetail>(loanPath(id, 'decision'), payload),
      recordDisbursement: (id: string, payload: DisbursementPayload) => api.post<LoanDetail>(loanPath(id, 'disbursements'), payload),
    }),
    [],
  );
}
