import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { RunSheetItem } from '../types';

export type OnAirAnnouncerProps = { item: RunSheetItem | null };

// Replayed history flips the on-air position back and forth within milliseconds; only a position
// still on air after this long is news.
const SETTLE_MS = 400;

/**
 * A visually hidden live region that tells screen-reader users when a position goes on air. The
 * position on air when the page opens is not announced, nor positions passed through while the
 * stream replays what happened before.
 */
export function OnAirAnnouncer({ item }: OnAirAnnouncerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const announcedRef = useRef<string | null | undefined>(undefined);
  const id = item?.id ?? null;
  const title = item?.position.title ?? '';
  const organisation = item?.position.organisation.name ?? '';

  useEffect(() => {
    if (announcedRef.current === undefined) {
      announcedRef.current = id;
      return undefined;
    }
    const timer = setTimeout(() => {
      if (id === announcedRef.current) return;
      announcedRef.current = id;
      setText(id ? t('live.onAir.announce', { title, organisation }) : '');
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [id, title, organisation, t]);

  return (
    <div className="sr-only" aria-live="assertive" aria-atomic="true">
      {text}
    </div>
  );
}
