import type { PublicFair } from '../../fairs/types';

/** Seekers may still register: published, not over, before the registration deadline. */
export function isRegistrationOpen(fair: PublicFair, now = Date.now()): boolean {
  if (fair.status !== 'published' || fair.phase === 'over') return false;
  return fair.registrationClosesAt === null || Date.parse(fair.registrationClosesAt) > now;
}
