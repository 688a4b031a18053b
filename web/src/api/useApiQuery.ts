import { useCallback, useEffect, useState } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { type ApiError, isApiError } from './ApiError';
import { apiRequest, buildUrl, type Query } from './client';

export type ApiQueryResult<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
};

type Snapshot<T> = { key: string; data?: T; error?: ApiError };

/**
 * Loads `GET path?query` and keeps the last answer; refetches when the URL or the UI language
 * changes (server messages and labels come back in the language asked for). `path: null` skips.
 */
export function useApiQuery<T>(
  path: string | null,
  query?: Query,
  options: { keepPrevious?: boolean } = {},
): ApiQueryResult<T> {
  const language = useLanguage();
  const url = path === null ? null : buildUrl(path, query);
  const [reloads, setReloads] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot<T> | null>(null);
  const requestKey = url === null ? null : `${language} ${reloads} ${url}`;

  useEffect(() => {
    if (url === null || requestKey === null) return undefined;
    const controller = new AbortController();
    apiRequest<T>('GET', url, { signal: controller.signal }).then(
      (data) => setSnapshot({ key: requestKey, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error)) setSnapshot({ key: requestKey, error });
        else setSnapshot({ key: requestKey, error: undefined });
      },
    );
    return () => controller.abort();
  }, [url, requestKey]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const isCurrent = snapshot !== null && snapshot.key === requestKey;
  return {
    // With keepPrevious, the previous page stays on screen while the next loads (no empty flash).
    data: isCurrent || options.keepPrevious ? snapshot?.data : undefined,
    error: isCurrent ? snapshot.error : undefined,
    isLoading: url !== null && !isCurrent,
    reload,
  };
}
