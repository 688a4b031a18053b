import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import type { QueuedScan, ScanSource } from '../types';
import {
  applyResults,
  deviceId as storedDeviceId,
  enqueueScan,
  loadQueue,
  pendingBatch,
  queueCounts,
  retryDelayMs,
  saveQueue,
} from '../utils/checkinQueue';
import { sendCheckins } from './fairDayApi';
import { useOnline } from './useOnline';

export type AddScanResult = { scan: QueuedScan; isRepeat: boolean };

/**
 * The check-in device's queue for one fair and the loop that empties it: whenever the browser is
 * online and scans are pending, the oldest batch goes to the server; a failed send is retried with
 * a growing delay (and at once when the network comes back). Every change is written to
 * localStorage before anything is sent, so a reload resumes where the device stopped.
 */
export function useCheckinQueue(fairId: string, onSynced?: () => void) {
  const isOnline = useOnline();
  const [scans, setScans] = useState<QueuedScan[]>(() => loadQueue(localStorage, fairId));
  const [failures, setFailures] = useState(0);
  const [lastError, setLastError] = useState<unknown>(null);
  const [wake, setWake] = useState(0);
  const [device] = useState(() => storedDeviceId(localStorage));
  const scansRef = useRef(scans);
  const isSending = useRef(false);
  const failuresRef = useRef(0);
  const retryAt = useRef(0);
  const onSyncedRef = useRef(onSynced);

  useEffect(() => {
    onSyncedRef.current = onSynced;
  }, [onSynced]);

  const update = useCallback(
    (change: (current: QueuedScan[]) => QueuedScan[]) => {
      // Read back what is stored first: another tab of the same device may have added scans.
      const next = change(mergeStored(loadQueue(localStorage, fairId), scansRef.current));
      scansRef.current = next;
      saveQueue(localStorage, fairId, next);
      setScans(next);
    },
    [fairId],
  );

  const addScan = useCallback(
    (ticketCode: string, source: ScanSource): AddScanResult => {
      const added = enqueueScan(mergeStored(loadQueue(localStorage, fairId), scansRef.current), ticketCode, source, new Date());
      if (!added.isRepeat) update(() => added.scans);
      return { scan: added.scan, isRepeat: added.isRepeat };
    },
    [fairId, update],
  );

  // Back online: try at once instead of waiting out the backoff.
  useEffect(() => {
    if (isOnline) {
      retryAt.current = 0;
      setWake((n) => n + 1);
    }
  }, [isOnline]);

  useEffect(() => {
    const batch = pendingBatch(scans);
    if (!isOnline || isSending.current || batch.length === 0) return undefined;
    const wait = retryAt.current - Date.now();
    if (wait > 0) {
      const timer = window.setTimeout(() => setWake((n) => n + 1), wait);
      return () => window.clearTimeout(timer);
    }
    isSending.current = true;
    const payload = batch.map(({ scanId, ticketCode, scannedAt }) => ({ scanId, ticketCode, scannedAt }));
    sendCheckins(fairId, device, payload).then(
      ({ results }) => {
        isSending.current = false;
        retryAt.current = 0;
        failuresRef.current = 0;
        setFailures(0);
        setLastError(null);
        update((current) => applyResults(current, results));
        onSyncedRef.current?.();
      },
      (error: unknown) => {
        isSending.current = false;
        failuresRef.current += 1;
        retryAt.current = Date.now() + retryDelayMs(failuresRef.current);
        setFailures(failuresRef.current);
        // A network failure is the venue's Wi-Fi; only a server answer is worth showing.
        setLastError(isApiError(error) && error.code === 'network_error' ? null : error);
        setWake((n) => n + 1);
      },
    );
    return undefined;
  }, [scans, isOnline, wake, fairId, device, update]);

  return { scans, addScan, counts: queueCounts(scans), isOnline, isRetrying: failures > 0, lastError, deviceId: device };
}

/** The stored queue with any scan only this tab knows about, newest first, each scan once. */
function mergeStored(stored: QueuedScan[], own: QueuedScan[]): QueuedScan[] {
  const byId = new Map<string, QueuedScan>();
  for (const scan of [...stored, ...own]) {
    const known = byId.get(scan.scanId);
    // An answered copy wins over a pending one: the answer is what the server kept.
    if (!known || (known.state === 'pending' && scan.state === 'synced')) byId.set(scan.scanId, scan);
  }
  return [...byId.values()].sort((a, b) => b.scannedAt.localeCompare(a.scannedAt));
}
