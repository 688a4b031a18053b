import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useApiQuery } from '../../../api/useApiQuery';
import type { NotificationPage } from '../types';
import { onMessagesChanged } from '../utils/messagesChanged';

/**
 * How many of the seeker's messages are unread, read again on every move inside the console and
 * whenever messages are marked read. No timer: polling would keep an idle session alive.
 */
export function useUnreadMessageCount(): number {
  const { pathname } = useLocation();
  const { data, reload } = useApiQuery<NotificationPage>('/api/me/notifications', { page: 1, pageSize: 1 }, { keepPrevious: true });
  const lastPath = useRef(pathname);

  useEffect(() => onMessagesChanged(reload), [reload]);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    reload();
  }, [pathname, reload]);

  return data?.unread ?? 0;
}
