// The check-in device's queue of scans, kept in localStorage so that a dropped venue network, a
// reload or a closed tab loses nothing: a scan leaves the "pending" state only when the server
// answered it (the server is idempotent per scanId, so sending it twice is harmless).
import type { CheckinResult } from '../../fairs/types';
import type { QueuedScan, ScanSource } from '../types';
import { newIdempotencyKey } from '../../positions/utils/idempotency';

export const MAX_BATCH = 100;
/** Answered scans kept on the device to show their outcome; pending ones are never dropped. */
const MAX_SYNCED_KEPT = 200;
/** A camera reads the same code many times a second: repeats within this window are one scan. */
export const CAMERA_REPEAT_MS = 4000;
const DEVICE_KEY = 'qiao.checkin.device';

export function queueStorageKey(fairId: string): string {
  return `qiao.checkin.${fairId}`;
}

function isQueuedScan(value: unknown): value is QueuedScan {
  if (typeof value !== 'object' || value === null) return false;
  const scan = value as Record<string, unknown>;
  return (
    typeof scan.scanId === 'string' &&
    typeof scan.ticketCode === 'string' &&
    typeof scan.scannedAt === 'string' &&
    (scan.state === 'pending' || scan.state === 'synced')
  );
}

/** The stored queue of a fair, newest first; anything unreadable is ignored rather than fatal. */
export function loadQueue(storage: Storage, fairId: string): QueuedScan[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(queueStorageKey(fairId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isQueuedScan) : [];
  } catch {
    return [];
  }
}

export function saveQueue(storage: Storage, fairId: string, scans: QueuedScan[]): void {
  storage.setItem(queueStorageKey(fairId), JSON.stringify(scans));
}

/** This browser's check-in device id, made once and kept, so the server can tell devices apart. */
export function deviceId(storage: Storage): string {
  const existing = storage.getItem(DEVICE_KEY);
  if (existing && existing.length <= 64) return existing;
  const id = `web-${newIdempotencyKey()}`;
  storage.setItem(DEVICE_KEY, id);
  return id;
}

export type EnqueueResult = { scans: QueuedScan[]; scan: QueuedScan; isRepeat: boolean };

/**
 * Adds a scan of `ticketCode`, unless the same ticket is still waiting for an answer, or the camera
 * read it moments ago: then the earlier scan stands and `isRepeat` says so. A person typing or
 * photographing a ticket again after its answer makes a new scan (the server says "already").
 */
export function enqueueScan(scans: QueuedScan[], ticketCode: string, source: ScanSource, now: Date): EnqueueResult {
  const earlier = scans.find((scan) => scan.ticketCode === ticketCode);
  const isRecent = earlier !== undefined && now.getTime() - Date.parse(earlier.scannedAt) < CAMERA_REPEAT_MS;
  if (earlier && (earlier.state === 'pending' || (source === 'camera' && isRecent))) {
    return { scans, scan: earlier, isRepeat: true };
  }
  const scan: QueuedScan = {
    scanId: newIdempotencyKey(),
    ticketCode,
    scannedAt: now.toISOString(),
    state: 'pending',
    outcome: null,
    seekerName: null,
    checkedInAt: null,
  };
  return { scans: trimSynced([scan, ...scans]), scan, isRepeat: false };
}

/** The oldest pending scans, at most one batch. */
export function pendingBatch(scans: QueuedScan[], max = MAX_BATCH): QueuedScan[] {
  return scans.filter((scan) => scan.state === 'pending').slice(-max);
}

/** Marks the answered scans as synced with their outcome; scans without an answer stay pending. */
export function applyResults(scans: QueuedScan[], results: CheckinResult[]): QueuedScan[] {
  const byId = new Map(results.map((result) => [result.scanId, result]));
  return scans.map((scan) => {
    const result = byId.get(scan.scanId);
    if (!result) return scan;
    return { ...scan, state: 'synced', outcome: result.outcome, seekerName: result.seekerName, checkedInAt: result.checkedInAt };
  });
}

function trimSynced(scans: QueuedScan[]): QueuedScan[] {
  let synced = 0;
  return scans.filter((scan) => scan.state === 'pending' || ++synced <= MAX_SYNCED_KEPT);
}

export type QueueCounts = { queued: number; synced: number; checkedIn: number };

export function queueCounts(scans: QueuedScan[]): QueueCounts {
  let queued = 0;
  let synced = 0;
  let checkedIn = 0;
  for (const scan of scans) {
    if (scan.state === 'pending') queued += 1;
    else synced += 1;
    if (scan.outcome === 'checked_in') checkedIn += 1;
  }
  return { queued, synced, checkedIn };
}

/** Wait before the next try after `failures` failed syncs in a row: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(30000, 1000 * 2 ** Math.max(0, failures - 1));
}
