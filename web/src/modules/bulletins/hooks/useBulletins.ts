import { useApiQuery } from '../../../api/useApiQuery';
import type { Bulletin, BulletinPage, BulletinStatus, PickerPositionPage, PublicBulletin, PublicBulletinPage } from '../types';

export type BulletinListFilters = { year: number | ''; status: BulletinStatus | ''; page: number; pageSize: number };

/** The zone's issues in every status (operators and government). */
export function useBulletins(filters: BulletinListFilters) {
  return useApiQuery<BulletinPage>('/api/bulletins', filters, { keepPrevious: true });
}

export function useBulletin(id: string | null | undefined) {
  return useApiQuery<Bulletin>(id ? `/api/bulletins/${encodeURIComponent(id)}` : null, undefined, { keepPrevious: true });
}

/** Published issues for the portal, newest first, with the years that have any. */
export function usePublicBulletins(year: number | '', page: number) {
  return useApiQuery<PublicBulletinPage>('/api/public/bulletins', { year, page, pageSize: 24 }, { keepPrevious: true });
}

export function usePublicBulletin(id: string | null | undefined) {
  return useApiQuery<PublicBulletin>(id ? `/api/public/bulletins/${encodeURIComponent(id)}` : null);
}

/** Published positions of the zone for the editor's picker. */
export function usePublishedPositions(q: string, page: number) {
  return useApiQuery<PickerPositionPage>('/api/managed-positions', { status: 'published', q, page, pageSize: 10 }, { keepPrevious: true });
}
