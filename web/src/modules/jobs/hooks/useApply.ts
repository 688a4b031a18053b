import { useState } from 'react';
import { type ApiError, isApiError } from '../../../api/ApiError';
import { useApplicationMutations } from '../../positions/hooks/useApplicationMutations';
import type { Application } from '../../positions/types';
import { newIdempotencyKey } from '../../positions/utils/idempotency';

export type ApplyOutcome =
  | { kind: 'applied'; application: Application }
  | { kind: 'alreadyApplied'; message: string }
  | { kind: 'needsProfile'; message: string }
  | { kind: 'failed'; error: unknown };

function profileProblem(error: ApiError): string | undefined {
  return error.fields.find((field) => field.path === 'profile')?.message;
}

/**
 * Applying to one position from its page. The idempotency key is made once per page view, so a
 * double tap (two requests before the button turns busy), or a retry after a lost answer, gets
 * the first application back instead of a second one.
 */
export function useApply(positionId: string) {
  const { applyToPosition } = useApplicationMutations();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [outcome, setOutcome] = useState<ApplyOutcome | null>(null);
  const [isApplying, setApplying] = useState(false);

  async function apply(): Promise<void> {
    setApplying(true);
    setOutcome(null);
    try {
      const application = await applyToPosition(positionId, { idempotencyKey });
      setOutcome({ kind: 'applied', application });
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setOutcome({ kind: 'alreadyApplied', message: error.fields[0]?.message ?? error.message });
      } else if (isApiError(error) && profileProblem(error)) {
        setOutcome({ kind: 'needsProfile', message: profileProblem(error) ?? error.message });
      } else {
        setOutcome({ kind: 'failed', error });
      }
    } finally {
      setApplying(false);
    }
  }

  return { apply, outcome, isApplying };
}
