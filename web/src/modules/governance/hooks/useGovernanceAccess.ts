import { useAuth } from '../../auth/hooks/useAuth';

/** Operators manage governance records; operators and government see the whole zone, the others what involves their organisation. */
export function useGovernanceAccess(): { canManage: boolean; isZoneWide: boolean } {
  const { me } = useAuth();
  return { canManage: me?.role === 'operator', isZoneWide: me?.role === 'operator' || me?.role === 'government' };
}
