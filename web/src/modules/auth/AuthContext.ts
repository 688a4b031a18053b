import { createContext } from 'react';
import type { Me, Restriction, Session } from '../../api/types';

export type LoginInput = { login: string; password: string; totp?: string };

export type RegisterInput = {
  displayName: string;
  phone: string;
  password: string;
  email?: string;
  acceptPrivacyPolicy: true;
};

export type AuthStatus = 'loading' | 'signedOut' | 'signedIn';

export type AuthContextValue = {
  status: AuthStatus;
  me: Me | null;
  restriction: Restriction | null;
  /** Signs in; throws the ApiError (e.g. `totp_required`, `invalid_credentials`). */
  login: (input: LoginInput) => Promise<Session>;
  register: (input: RegisterInput) => Promise<Session>;
  logout: () => Promise<void>;
  /** Reloads `/api/auth/me` (after a password change or two-factor set-up). */
  refresh: () => Promise<void>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);
