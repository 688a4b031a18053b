import { useEffect, useState } from 'react';
import { type ApiError, isApiError } from '../../../api/ApiError';
import { api } from '../../../api/client';
import { ORGANISATION_TYPES, type Organisation, type OrganisationType, type Page } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';

type Counts = Record<OrganisationType, number>;
type Result = { key: string; counts?: Counts; error?: ApiError };

/** Member units per type, from the `total` of `GET /api/organisations?type=…&pageSize=1`. */
export function useOrganisationTypeCounts(isEnabled: boolean) {
  const language = useLanguage();
  const [result, setResult] = useState<Result | null>(null);
  const key = `${language}`;

  useEffect(() => {
    if (!isEnabled) return undefined;
    const controller = new AbortController();
    Promise.all(
      ORGANISATION_TYPES.map((type) =>
        api
          .get<Page<Organisation>>('/api/organisations', { type, pageSize: 1 }, controller.signal)
          .then((page) => [type, page.total] as const),
      ),
    ).then(
      (pairs) => setResult({ key, counts: Object.fromEntries(pairs) as Counts }),
      (error: unknown) => {
        if (!controller.signal.aborted && isApiError(error)) setResult({ key, error });
      },
    );
    return () => controller.abort();
  }, [isEnabled, key]);

  const isCurrent = result?.key === key;
  return {
    counts: isCurrent ? result.counts : undefined,
    error: isCurrent ? result.error : undefined,
    isLoading: isEnabled && !isCurrent,
  };
}
