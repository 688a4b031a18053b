import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { api, apiRequest, setCsrfToken, setUnauthenticatedHandler } from '../../../api/client';
import type { Session } from '../../../api/types';
import { AuthContext, type AuthContextValue, type LoginInput, type RegisterInput } from '../AuthContext';

export type AuthProviderProps = { children: ReactNode };

type AuthState = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; session: Session };

/** Loads the session once (`GET /api/auth/me`) and offers login, register, logout and refresh. */
export function AuthProvider({ children }: AuthProviderProps) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const applySession = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setState(session ? { status: 'signedIn', session } : { status: 'signedOut' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const session = await apiRequest<Session>('GET', '/api/auth/me', { isAuthProbe: true });
      applySession(session);
    } catch (error) {
      if (isApiError(error)) applySession(null);
      else throw error;
    }
  }, [applySession]);

  useEffect(() => {
    void refresh();
    setUnauthenticatedHandler(() => applySession(null));
    return () => setUnauthenticatedHandler(null);
  }, [refresh, applySession]);

  const login = useCallback(
    async (input: LoginInput) => {
      const session = await api.post<Session>('/api/auth/login', input, { isAuthProbe: true });
      applySession(session);
      return session;
    },
    [applySession],
  );

  const register = useCallback(
    async (input: RegisterInput) => {
      const session = await api.post<Session>('/api/auth/register', input, { isAuthProbe: true });
      applySession(session);
      return session;
    },
    [applySession],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout', undefined, { isAuthProbe: true });
    } finally {
      applySession(null);
    }
  }, [applySession]);

  const value = useMemo<AuthContextValue>(() => {
    const session = state.status === 'signedIn' ? state.session : null;
    return {
      status: state.status,
      me: session?.account ?? null,
      restriction: session?.restriction ?? null,
      login,
      register,
      logout,
      refresh,
    };
  }, [state, login, register, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
