// A small Server-Sent Events client over node:http, for tests: collects every event and comment,
// and waits for the one a test expects.
import { type ClientRequest, request } from 'node:http';

export type SseEvent = { id: string | null; event: string; data: string };

export type SseStream = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  events: SseEvent[];
  comments: string[];
  /** Resolves with the first event (already received or coming) that matches. */
  waitFor(match: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
};

export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | undefined = undefined;
    req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const events: SseEvent[] = [];
      const comments: string[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      let endResolve: () => void = () => undefined;
      const ended = new Promise<void>((r) => (endResolve = r));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const event: SseEvent = { id: null, event: 'message', data: '' };
          const data: string[] = [];
          let hasField = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
              continue;
            }
            hasField = true;
            if (line.startsWith('id: ')) event.id = line.slice(4);
            else if (line.startsWith('event: ')) event.event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          event.data = data.join('\n');
          if (hasField && data.length > 0) events.push(event);
        }
        for (const waiter of waiters) waiter();
      });
      res.on('end', endResolve);
      res.on('close', endResolve);
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        comments,
        ended,
        waitFor: (match, timeoutMs = 5000) =>
          new Promise((resolveEvent, rejectEvent) => {
            const check = () => {
              const found = events.find(match);
              if (!found) return false;
              waiters.delete(check);
              clearTimeout(timer);
              resolveEvent(found);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              rejectEvent(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => `${e.id ?? '-'}:${e.event}`).join(', ')}`));
            }, timeoutMs);
            if (!check()) waiters.add(check);
          }),
        close: () => {
          res.destroy();
          req?.destroy();
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}
