import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { type LiveSession, STREAM_EVENT_TYPES, type StreamEventType } from '../types';
import { applyLiveEvent, INITIAL_LIVE_STATE, type LiveState } from '../utils/liveState';

/**
 * `connecting` before the first snapshot; `live` while the stream flows; `reconnecting` after an
 * error or when the device went offline; `caughtUp` once a reconnect has replayed what was missed.
 */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'caughtUp';

type Action = { type: StreamEventType; data: unknown; id: string | null };

function reducer(state: LiveState, action: Action): LiveState {
  return applyLiveEvent(state, action.type, action.data, action.id);
}

// When the server closed the stream for good (an error answer), try again after this long.
const REOPEN_DELAY_MS = 3000;

function streamUrl(sessionId: string, lastEventId: string | null): string {
  const path = `/api/live-sessions/${encodeURIComponent(sessionId)}/events`;
  return lastEventId ? `${path}?lastEventId=${encodeURIComponent(lastEventId)}` : path;
}

/**
 * A session's real-time events over Server-Sent Events. The browser reconnects by itself and sends
 * `Last-Event-ID`; when the stream is closed for good, or the device reports being offline, the
 * hook opens a new one itself with `?lastEventId=` so the server replays exactly what was missed.
 * The first connection needs no replay: the snapshot holds the session and its latest questions.
 */
export function useLiveEvents(sessionId: string | undefined) {
  const [state, dispatch] = useReducer(reducer, INITIAL_LIVE_STATE);
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const lastEventIdRef = useRef<string | null>(null);

  useEffect(() => {
    if (!sessionId) return undefined;
    let source: EventSource | null = null;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let hasDropped = false;

    function close() {
      source?.close();
      source = null;
      clearTimeout(reopenTimer);
    }

    function open() {
      if (!sessionId) return;
      close();
      const current = new EventSource(streamUrl(sessionId, lastEventIdRef.current));
      source = current;
      for (const type of STREAM_EVENT_TYPES) {
        current.addEventListener(type, (event: MessageEvent<string>) => {
          let data: unknown;
          try {
            data = JSON.parse(event.data);
          } catch {
            return;
          }
          // Events without an id (snapshot, counters) keep the id of the last stored event.
          const id = event.lastEventId !== '' ? event.lastEventId : null;
          if (id) lastEventIdRef.current = id;
          dispatch({ type, data, id });
          if (type === 'snapshot') setConnection(hasDropped ? 'caughtUp' : 'live');
        });
      }
      current.onerror = () => {
        hasDropped = true;
        setConnection('reconnecting');
        if (current.readyState === EventSource.CLOSED) reopenTimer = setTimeout(open, REOPEN_DELAY_MS);
      };
    }

    function handleOffline() {
      close();
      hasDropped = true;
      setConnection('reconnecting');
    }

    function handleOnline() {
      if (!source) open();
    }

    open();
    window.addEventListener('offline', handleOffline);
    window.addEventListener('online', handleOnline);
    return () => {
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('online', handleOnline);
      close();
    };
  }, [sessionId]);

  // The host's own actions answer with the session: shown at once, before the stream echoes it.
  const replaceSession = useCallback((session: LiveSession) => dispatch({ type: 'snapshot', data: { session }, id: null }), []);

  return { ...state, connection, replaceSession };
}
