import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { api, apiRequest } from '../../../api/client';
import type { DuplicatePolicy, ImportJob } from '../types';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_MS = 500;

export type PickedFile = { name: string; bytes: ArrayBuffer };

/** What the browser should call the upload; the server sniffs the bytes anyway. */
function mediaTypeOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_MEDIA_TYPE;
  if (lower.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

function isRunning(job: ImportJob | null): boolean {
  return job?.status === 'parsing' || job?.status === 'committing';
}

/**
 * The résumé import job: upload (raw body), then poll `GET /api/seekers/import/:jobId` while the
 * server reads or writes, and commit with the chosen duplicate policy.
 */
export function useResumeImport() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSending, setSending] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    if (!job || !isRunning(job)) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<ImportJob>(`/api/seekers/import/${encodeURIComponent(job.jobId)}`, undefined, controller.signal).then(
        (next) => setJob(next),
        (caught: unknown) => {
          if (!controller.signal.aborted && isApiError(caught)) setError(caught);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job]);

  const upload = useCallback(async (picked: PickedFile) => {
    const current = ++generation.current;
    setFile(picked);
    setJob(null);
    setError(null);
    setSending(true);
    try {
      const started = await apiRequest<ImportJob>('POST', '/api/seekers/import', {
        query: { mode: 'preview' },
        raw: picked.bytes,
        contentType: mediaTypeOf(picked.name),
      });
      if (current === generation.current) setJob(started);
    } catch (caught) {
      if (current === generation.current) setError(caught);
    } finally {
      if (current === generation.current) setSending(false);
    }
  }, []);

  const commit = useCallback(
    async (duplicates: DuplicatePolicy) => {
      if (!job) return;
      setError(null);
      setSending(true);
      try {
        setJob(
          await apiRequest<ImportJob>('POST', `/api/seekers/import/${encodeURIComponent(job.jobId)}/commit`, {
            query: { duplicates },
            json: {},
          }),
        );
      } catch (caught) {
        setError(caught);
      } finally {
        setSending(false);
      }
    },
    [job],
  );

  const restart = useCallback(() => {
    generation.current += 1;
    setFile(null);
    setJob(null);
    setError(null);
    setSending(false);
  }, []);

  return { file, job, error, isSending, isRunning: isRunning(job), upload, commit, restart };
}
