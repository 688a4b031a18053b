import { useApiQuery } from '../../../api/useApiQuery';
import type { NotificationPage } from '../types';

/** The signed-in seeker's messages, newest first, with how many are unread. */
export function useMyNotifications(page: { page: number; pageSize: number }) {
  return useApiQuery<NotificationPage>('/api/me/notifications', page, { keepPrevious: true });
}
