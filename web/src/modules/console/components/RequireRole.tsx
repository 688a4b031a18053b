import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { useAuth } from '../../auth/hooks/useAuth';
import { NoAccessResult } from './NoAccessResult';

export type RequireRoleProps = { roles: Role[]; children: ReactNode };

/** Shows the page only to the given roles; others get a clear "no access" page. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { me } = useAuth();
  if (me && roles.includes(me.role)) return <>{children}</>;
  return <NoAccessResult />;
}
