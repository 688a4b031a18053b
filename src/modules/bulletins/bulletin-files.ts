import { createHash } from 'node:crypto';

// Rendering an issue's PDF or poster costs a few hundred milliseconds of CPU, and a published
// issue shared on WeChat is fetched many times. Files are cached by a hash of exactly what they
// show, so an edited issue or position gets a new key and a stale file is never served.

const MAX_ENTRIES = 16;
const cache = new Map<string, Promise<Buffer>>();

/** A strong ETag for the file rendered from `content`. */
export function contentTag(kind: string, content: unknown): string {
  return `"${createHash('sha256').update(kind).update(JSON.stringify(content)).digest('base64url').slice(0, 32)}"`;
}

/** The cached file for `tag`, rendering it once even when several requests ask at the same time. */
export function cachedFile(tag: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const hit = cache.get(tag);
  if (hit) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(tag);
    cache.set(tag, hit);
    return hit;
  }
  const rendering = render();
  cache.set(tag, rendering);
  rendering.catch(() => cache.delete(tag));
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return rendering;
}
