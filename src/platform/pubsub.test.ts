import { describe, expect, it } from 'vitest';
import { createPubSub } from './pubsub';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('in-process pub/sub', () => {
  it('delivers to every subscriber of the channel, in order, and not to other channels', async () => {
    const pubsub = createPubSub();
    expect(pubsub.kind).toBe('memory');
    const a: string[] = [];
    const b: string[] = [];
    const other: string[] = [];
    pubsub.subscribe('live', (m) => a.push(m));
    pubsub.subscribe('live', (m) => b.push(m));
    pubsub.subscribe('other', (m) => other.push(m));
    await pubsub.publish('live', '1');
    await pubsub.publish('live', '2');
    await tick();
    expect(a).toEqual(['1', '2']);
    expect(b).toEqual(['1', '2']);
    expect(other).toEqual([]);
    await pubsub.close();
  });

  it('delivers on a later turn, never inside publish', async () => {
    const pubsub = createPubSub();
    const got: string[] = [];
    pubsub.subscribe('c', (m) => got.push(m));
    await pubsub.publish('c', 'x');
    expect(got).toEqual([]);
    await tick();
    expect(got).toEqual(['x']);
    await pubsub.close();
  });

  it('stops delivering after unsubscribe, and a throwing handler does not stop the others', async () => {
    const errors: unknown[] = [];
    const pubsub = createPubSub(undefined, { onError: (e) => errors.push(e) });
    const got: string[] = [];
    pubsub.subscribe('c', () => {
      throw new Error('boom');
    });
    const off = pubsub.subscribe('c', (m) => got.push(m));
    await pubsub.publish('c', '1');
    await tick();
    off();
    await pubsub.publish('c', '2');
    await tick();
    expect(got).toEqual(['1']);
    expect(errors).toHaveLength(2);
    await pubsub.close();
  });
});

describe('Redis pub/sub', () => {
  it('still delivers to its own subscribers when Redis cannot be reached', async () => {
    const errors: unknown[] = [];
    // Nothing listens on port 1: every Redis command fails, the local delivery must not.
    const pubsub = createPubSub('redis://127.0.0.1:1', { onError: (error) => errors.push(error) });
    expect(pubsub.kind).toBe('redis');
    const got: string[] = [];
    pubsub.subscribe('live', (m) => got.push(m));
    void pubsub.publish('live', 'on air');
    await tick();
    expect(got).toEqual(['on air']);
    await pubsub.close();
  });
});
