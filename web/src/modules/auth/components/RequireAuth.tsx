import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useAuth } from '../hooks/useAuth';

export type RequireAuthProps = { children: ReactNode };

/** Renders its children for a signed-in user; sends everyone else to /login (and back after). */
export function RequireAuth({ children }: RequireAuthProps) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingBlock minHeight={320} />;
  if (status === 'signedOut') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
