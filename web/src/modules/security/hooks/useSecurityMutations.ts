import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { TotpSetup } from '../../../api/types';

/** Password and two-factor writes for the signed-in account. */
export function useSecurityMutations() {
  return useMemo(
    () => ({
      changePassword: (currentPassword: string, newPassword: string) =>
        api.post<void>('/api/auth/password', { currentPassword, newPassword }),
      startTotpSetup: () => api.post<TotpSetup>('/api/auth/totp/setup'),
      enableTotp: (code: string) => api.post<void>('/api/auth/totp/enable', { code }),
      disableTotp: (password: string, code: string) => api.post<void>('/api/auth/totp/disable', { password, code }),
    }),
    [],
  );
}
