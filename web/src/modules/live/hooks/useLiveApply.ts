import { useCallback, useRef, useState } from 'react';
import { type ApiError, isApiError } from '../../../api/ApiError';
import { newIdempotencyKey } from '../../positions/utils/idempotency';
import { useLiveMutations } from './useLiveMutations';

export type LiveApplyOutcome =
  | { kind: 'idle' }
  | { kind: 'applying' }
  | { kind: 'applied'; applicationId: string }
  | { kind: 'needsProfile'; message: string }
  | { kind: 'failed'; error: unknown };

const KEY_PREFIX = 'qiao.live.apply';
const APPLIED_PREFIX = 'qiao.live.applied';
/** Waits before the automatic retries after a lost answer (the same key each time). */
const RETRY_DELAYS_MS = [800, 2000, 4000];

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The idempotency key of one apply intent, made once per (session, position) and kept in
 * sessionStorage: a retried tap, a retry after a network error or a reload sends the same key.
 */
export function applyKeyOf(sessionId: string, positionId: string): string {
  const name = `${KEY_PREFIX}.${sessionId}.${positionId}`;
  const stored = storage()?.getItem(name);
  if (stored) return stored;
  const key = newIdempotencyKey();
  storage()?.setItem(name, key);
  return key;
}

function appliedOf(sessionId: string, positionId: string): string | null {
  return storage()?.getItem(`${APPLIED_PREFIX}.${sessionId}.${positionId}`) ?? null;
}

function profileProblem(error: ApiError): string | undefined {
  return error.fields.find((field) => field.path === 'profile')?.message;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One-tap 立即投递 for the positions of a live session, with the outcome per position. */
export function useLiveApply(sessionId: string) {
  const { apply } = useLiveMutations();
  const [outcomes, setOutcomes] = useState<Record<string, LiveApplyOutcome>>({});
  const inFlight = useRef(new Set<string>());

  const outcomeOf = useCallback(
    (positionId: string): LiveApplyOutcome => {
      const outcome = outcomes[positionId];
      if (outcome) return outcome;
      const applicationId = appliedOf(sessionId, positionId);
      return applicationId ? { kind: 'applied', applicationId } : { kind: 'idle' };
    },
    [outcomes, sessionId],
  );

  const applyTo = useCallback(
    async (positionId: string): Promise<void> => {
      if (inFlight.current.has(positionId)) return;
      inFlight.current.add(positionId);
      const set = (outcome: LiveApplyOutcome) => setOutcomes((all) => ({ ...all, [positionId]: outcome }));
      set({ kind: 'applying' });
      const key = applyKeyOf(sessionId, positionId);
      try {
        for (let attempt = 0; ; attempt += 1) {
          try {
            // A second answer with `duplicate: true` means the first one went through: applied either way.
            const result = await apply(sessionId, positionId, key);
            storage()?.setItem(`${APPLIED_PREFIX}.${sessionId}.${positionId}`, result.applicationId);
            set({ kind: 'applied', applicationId: result.applicationId });
            return;
          } catch (error) {
            const delay = RETRY_DELAYS_MS[attempt];
            if (isApiError(error) && error.code === 'network_error' && delay !== undefined) {
              await wait(delay);
              continue;
            }
            const profile = isApiError(error) ? profileProblem(error) : undefined;
            set(profile ? { kind: 'needsProfile', message: profile } : { kind: 'failed', error });
            return;
          }
        }
      } finally {
        inFlight.current.delete(positionId);
      }
    },
    [apply, sessionId],
  );

  return { outcomeOf, applyTo };
}
