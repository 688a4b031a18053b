// Messages between Qiao instances: through Redis pub/sub when REDIS_URL is set, so an event made on
// one instance reaches the clients connected to every other; in-process otherwise.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export type PubSub = {
  publish(channel: string, message: string): Promise<void>;
  /** Returns the function that unsubscribes this handler. */
  subscribe(channel: string, handler: (message: string) => void): () => void;
  close(): Promise<void>;
  kind: 'memory' | 'redis';
  /** The Redis command connection, for small shared state beside the messages; null in memory. */
  redis: Redis | null;
};

export type PubSubOptions = {
  /** Where connection problems go; they are never thrown at the publisher. */
  onError?: (error: unknown) => void;
};

type Handlers = Map<string, Set<(message: string) => void>>;

function deliver(handlers: Handlers, channel: string, message: string, onError: (error: unknown) => void): void {
  const set = handlers.get(channel);
  if (!set) return;
  for (const handler of set) {
    try {
      handler(message);
    } catch (error) {
      onError(error);
    }
  }
}

function createMemoryPubSub(onError: (error: unknown) => void): PubSub {
  const handlers: Handlers = new Map();
  return {
    kind: 'memory',
    redis: null,
    // Delivered on a later turn, like a message through Redis, so publishers never re-enter handlers.
    publish: async (channel, message) => {
      setImmediate(() => deliver(handlers, channel, message, onError));
    },
    subscribe: (channel, handler) => {
      let set = handlers.get(channel);
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(handler);
      return () => {
        set.delete(handler);
        if (set.size === 0) handlers.delete(channel);
      };
    },
    close: async () => handlers.clear(),
  };
}

function createRedisPubSub(url: string, onError: (error: unknown) => void): PubSub {
  const handlers: Handlers = new Map();
  // A subscribed connection may only subscribe, so commands and publishing use a second one.
  const options = { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  publisher.on('error', onError);
  subscriber.on('error', onError);
  // This instance's own messages are delivered in-process at once, so its clients never wait on
  // (or lose them to) Redis; the copy that comes back through Redis carries our origin and is skipped.
  const origin = randomUUID();
  subscriber.on('message', (channel: string, framed: string) => {
    const split = framed.indexOf('\n');
    if (split < 0 || framed.slice(0, split) === origin) return;
    deliver(handlers, channel, framed.slice(split + 1), onError);
  });
  let closed = false;
  return {
    kind: 'redis',
    redis: publisher,
    publish: async (channel, message) => {
      setImmediate(() => deliver(handlers, channel, message, onError));
      try {
        await publisher.publish(channel, `${origin}\n${message}`);
      } catch (error) {
        onError(error);
      }
    },
    subscribe: (channel, handler) => {
      let set = handlers.get(channel);
      if (!set) {
        handlers.set(channel, (set = new Set()));
        subscriber.subscribe(channel).catch(onError);
      }
      set.add(handler);
      return () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(channel) === set) {
          handlers.delete(channel);
          if (!closed) subscriber.unsubscribe(channel).catch(onError);
        }
      };
    },
    close: async () => {
      closed = true;
      handlers.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

export function createPubSub(redisUrl?: string, options: PubSubOptions = {}): PubSub {
  const onError = options.onError ?? ((error: unknown) => console.error('pubsub:', error));
  return redisUrl ? createRedisPubSub(redisUrl, onError) : createMemoryPubSub(onError);
}
