import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Account, Role } from '../../../api/types';

export type CreateAccountInput = {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  role: Role;
  password: string;
};

export type UpdateAccountInput = {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  role?: Role;
  isActive?: boolean;
};

/** Staff-account writes; each throws an ApiError the caller shows. */
export function useAccountMutations() {
  return useMemo(
    () => ({
      createAccount: (organisationId: string, input: CreateAccountInput) =>
        api.post<Account>(`/api/organisations/${encodeURIComponent(organisationId)}/accounts`, input),
      updateAccount: (accountId: string, input: UpdateAccountInput) =>
        api.patch<Account>(`/api/accounts/${encodeURIComponent(accountId)}`, input),
      resetPassword: (accountId: string, password: string) =>
        api.post<void>(`/api/accounts/${encodeURIComponent(accountId)}/password`, { password }),
    }),
    [],
  );
}
