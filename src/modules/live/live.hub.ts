// Per-instance fan-out of a live session's events to its viewers over Server-Sent Events. Every
// event goes through the pub/sub channel, also on the instance that made it, so every instance
// (one, or many behind Redis) delivers it the same way. A connection costs one small object in
// its session's set; one shared interval sends counters and pings for all of them.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../platform/context';
import type { PubSub } from '../../platform/pubsub';
import * as repo from './live.repository';
import type { EventRow } from './live.repository';
import type { Counters, PublicLiveSessionView, QuestionView } from './live.schemas';

export const LIVE_CHANNEL = 'qiao:live';
const TICK_MS = 1000;
const PING_EVERY_TICKS = 20;
/** A viewer's count in Redis is trusted this long after its instance last wrote it. */
const VIEWERS_FRESH_MS = 5000;
const VIEWERS_KEY_TTL_MS = 60_000;
const REPLAY_BATCH = 500;
/** A viewer that stopped reading is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 256 * 1024;

type Queued = { id: number; text: string };
type Connection = {
  res: ServerResponse;
  /** Events up to this id were sent by the replay; later copies from the channel are dropped. */
  watermark: number;
  /** Events arriving while the snapshot and replay are written wait here; null once live. */
  queue: Queued[] | null;
};

type Room = {
  connections: Set<Connection>;
  /** Bumped by every event: a snapshot built under an older generation is not reused. */
  generation: number;
  snapshot: { generation: number; builtAt: number; json: Promise<string | null> } | null;
  activity: { applications: number; questions: number } | null;
  activityChanged: boolean;
  viewers: number;
  lastCounters: string;
  peak: number;
};

type Message = { k: 'event'; s: string; id: number; t: string; d: Record<string, unknown> } | { k: 'activity'; s: string };

/** What a viewer is sent first: the session now and the latest questions viewers can see. */
export type LiveSnapshot = { session: PublicLiveSessionView; questions: QuestionView[] };
export type LoadSnapshot = (sessionId: string) => Promise<LiveSnapshot | null>;

export type LiveHub = {
  /** Sends a stored event to the session's viewers on every instance. */
  publishEvent(sessionId: string, event: EventRow): Promise<void>;
  /** Applications or questions changed: every instance refreshes the session's counters. */
  activityChanged(sessionId: string): Promise<void>;
  /** Viewers now, across instances. */
  viewerCounts(sessionIds: string[]): Promise<Map<string, number>>;
  /** Takes over the response: snapshot, replay after `lastEventId`, then live events until the viewer leaves. */
  connect(sessionId: string, res: ServerResponse, lastEventId: number | null): Promise<boolean>;
  /** Connections of this instance (all sessions). */
  connectionCount(): number;
  /** Ends every viewer's stream, so the server can close. */
  disconnectAll(): void;
  close(): Promise<void>;
};

export type LiveHubOptions = { onError: (error: unknown) => void; loadSnapshot: LoadSnapshot };

function sseEvent(id: number, type: string, data: unknown): string {
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

function viewersKey(sessionId: string): string {
  return `qiao:live:viewers:${sessionId}`;
}

export function createLiveHub(ctx: AppContext, pubsub: PubSub, options: LiveHubOptions): LiveHub {
  const instanceId = randomUUID();
  const rooms = new Map<string, Room>();
  const redis = pubsub.redis;
  let ticks = 0;
  let ticking = false;

  function roomOf(sessionId: string): Room {
    let room = rooms.get(sessionId);
    if (!room) {
      room = { connections: new Set(), generation: 0, snapshot: null, activity: null, activityChanged: true, viewers: 0, lastCounters: '', peak: 0 };
      rooms.set(sessionId, room);
    }
    return room;
  }

  function write(room: Room, connection: Connection, text: string): void {
    const res = connection.res;
    if (res.writableEnded || res.destroyed) return;
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      room.connections.delete(connection);
      res.destroy();
      return;
    }
    res.write(text);
  }

  function onMessage(raw: string): void {
    let message: Message;
    try {
      message = JSON.parse(raw) as Message;
    } catch (error) {
      options.onError(error);
      return;
    }
    const room = rooms.get(message.s);
    if (!room) return;
    if (message.k === 'activity') {
      room.activityChanged = true;
      return;
    }
    room.generation += 1;
    room.snapshot = null;
    const text = sseEvent(message.id, message.t, message.d);
    const id = message.id;
    for (const connection of room.connections) {
      if (connection.queue) connection.queue.push({ id, text });
      else if (id > connection.watermark) write(room, connection, text);
    }
  }

  const unsubscribe = pubsub.subscribe(LIVE_CHANNEL, onMessage);

  function snapshotOf(sessionId: string, room: Room): Promise<string | null> {
    const cached = room.snapshot;
    if (cached && cached.generation === room.generation && Date.now() - cached.builtAt < TICK_MS) return cached.json;
    const json = options.loadSnapshot(sessionId).then((snapshot) => (snapshot ? JSON.stringify(snapshot) : null));
    const entry = { generation: room.generation, builtAt: Date.now(), json };
    room.snapshot = entry;
    json.catch(() => {
      if (room.snapshot === entry) room.snapshot = null;
    });
    return json;
  }

  function leave(sessionId: string, room: Room, connection: Connection): void {
    room.connections.delete(connection);
    // An empty room stays until the next tick, which also withdraws this instance's viewer count.
    if (room.connections.size === 0 && !redis && rooms.get(sessionId) === room) rooms.delete(sessionId);
  }

  async function replay(sessionId: string, room: Room, connection: Connection, after: number): Promise<number> {
    let last = after;
    for (;;) {
      const rows = await repo.findEventsAfter(ctx.db, sessionId, last, REPLAY_BATCH);
      for (const row of rows) {
        write(room, connection, sseEvent(row.id, row.type, row.payload));
        last = row.id;
      }
      if (rows.length < REPLAY_BATCH || connection.res.destroyed) return last;
    }
  }

  async function connect(sessionId: string, res: ServerResponse, lastEventId: number | null): Promise<boolean> {
    const room = roomOf(sessionId);
    // Join before the snapshot and replay are read, so an event made meanwhile waits in the queue.
    const connection: Connection = { res, watermark: lastEventId ?? 0, queue: [] };
    room.connections.add(connection);
    res.on('close', () => leave(sessionId, room, connection));
    let snapshot: string | null;
    try {
      snapshot = await snapshotOf(sessionId, room);
    } catch (error) {
      leave(sessionId, room, connection);
      throw error;
    }
    if (!snapshot) {
      leave(sessionId, room, connection);
      return false;
    }
    if (res.destroyed) return true;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 2000\n\nevent: snapshot\ndata: ${snapshot}\n\n`);
    try {
      if (lastEventId !== null) connection.watermark = await replay(sessionId, room, connection, lastEventId);
    } catch (error) {
      options.onError(error);
      res.destroy();
      return true;
    }
    const queued = connection.queue ?? [];
    connection.queue = null;
    for (const item of queued) {
      if (item.id > connection.watermark) write(room, connection, item.text);
    }
    return true;
  }

  async function publish(message: Message): Promise<void> {
    await pubsub.publish(LIVE_CHANNEL, JSON.stringify(message));
  }

  /** Writes this instance's counts to Redis and reads back every instance's, for each session. */
  async function syncViewers(now: number): Promise<void> {
    if (!redis) {
      for (const room of rooms.values()) room.viewers = room.connections.size;
      return;
    }
    const entries = [...rooms.entries()].map(([sessionId, room]) => ({ sessionId, room, local: room.connections.size }));
    if (entries.length === 0) return;
    const pipeline = redis.pipeline();
    for (const { sessionId, local } of entries) {
      const key = viewersKey(sessionId);
      if (local === 0) pipeline.hdel(key, instanceId);
      else pipeline.hset(key, instanceId, `${local}:${now}`).pexpire(key, VIEWERS_KEY_TTL_MS);
      pipeline.hgetall(key);
    }
    const results = (await pipeline.exec()) ?? [];
    let at = 0;
    for (const { sessionId, room, local } of entries) {
      at += local === 0 ? 1 : 2;
      const [error, fields] = results[at] ?? [null, {}];
      at += 1;
      if (error) throw error;
      room.viewers = sumFresh(fields as Record<string, string>, now);
      if (room.connections.size === 0 && local === 0) rooms.delete(sessionId);
    }
  }

  function sumFresh(fields: Record<string, string>, now: number): number {
    let total = 0;
    for (const value of Object.values(fields)) {
      const [countText, atText] = value.split(':');
      if (now - Number(atText) <= VIEWERS_FRESH_MS) total += Number(countText) || 0;
    }
    return total;
  }

  async function refreshActivity(): Promise<void> {
    const stale = [...rooms.entries()].filter(([, room]) => room.activityChanged && room.connections.size > 0);
    await Promise.all(
      stale.map(async ([sessionId, room]) => {
        room.activityChanged = false;
        try {
          room.activity = await repo.countActivity(ctx.db, sessionId);
        } catch (error) {
          room.activityChanged = true;
          throw error;
        }
      }),
    );
  }

  function sendCounters(): void {
    for (const [sessionId, room] of rooms) {
      if (!room.activity || room.connections.size === 0) continue;
      const counters: Counters = { viewers: room.viewers, ...room.activity };
      const json = JSON.stringify(counters);
      if (json !== room.lastCounters) {
        room.lastCounters = json;
        const text = `event: counters\ndata: ${json}\n\n`;
        for (const connection of room.connections) if (!connection.queue) write(room, connection, text);
      }
      if (room.viewers > room.peak) {
        room.peak = room.viewers;
        repo.raisePeakViewers(ctx.db, sessionId, room.viewers).catch(options.onError);
      }
    }
  }

  async function tick(): Promise<void> {
    if (ticking) return;
    ticking = true;
    ticks += 1;
    try {
      await syncViewers(Date.now());
      await refreshActivity();
      sendCounters();
      if (ticks % PING_EVERY_TICKS === 0) {
        for (const room of rooms.values()) for (const connection of room.connections) if (!connection.queue) write(room, connection, ': ping\n\n');
      }
    } catch (error) {
      options.onError(error);
    } finally {
      ticking = false;
    }
  }

  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();

  return {
    publishEvent: (sessionId, event) => publish({ k: 'event', s: sessionId, id: event.id, t: event.type, d: event.payload }),
    activityChanged: (sessionId) => publish({ k: 'activity', s: sessionId }),
    viewerCounts: async (sessionIds) => {
      const counts = new Map<string, number>();
      if (!redis) {
        for (const id of sessionIds) counts.set(id, rooms.get(id)?.connections.size ?? 0);
        return counts;
      }
      const now = Date.now();
      const pipeline = redis.pipeline();
      for (const id of sessionIds) pipeline.hgetall(viewersKey(id));
      try {
        const results = (await pipeline.exec()) ?? [];
        sessionIds.forEach((id, index) => {
          const [error, fields] = results[index] ?? [null, {}];
          counts.set(id, error ? (rooms.get(id)?.viewers ?? 0) : sumFresh(fields as Record<string, string>, now));
        });
      } catch (error) {
        options.onError(error);
        for (const id of sessionIds) counts.set(id, rooms.get(id)?.viewers ?? 0);
      }
      return counts;
    },
    connect,
    connectionCount: () => {
      let total = 0;
      for (const room of rooms.values()) total += room.connections.size;
      return total;
    },
    disconnectAll: () => {
      for (const room of rooms.values()) {
        for (const connection of room.connections) connection.res.end();
        room.connections.clear();
      }
    },
    close: async () => {
      clearInterval(timer);
      unsubscribe();
      if (redis && rooms.size > 0) {
        const pipeline = redis.pipeline();
        for (const sessionId of rooms.keys()) pipeline.hdel(viewersKey(sessionId), instanceId);
        await pipeline.exec().catch(options.onError);
      }
      rooms.clear();
    },
  };
}
