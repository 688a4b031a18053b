import { totalTenths } from './scoring';

// Exact top K by total without scoring text for everyone. Structured points (every factor but
// text, in integer hundredths) are known for each candidate; text costs a pass over word ids and
// adds at most `textMax`. Candidates are taken in descending structured points (an exact
// histogram and a counting sort, no comparison sort), text is added, and the walk stops as soon as
// structured + textMax of the rest cannot reach the K-th best total. Totals compare in tenths, as
// shown; equal totals go to the smaller id, so the order is the one a full scoring sorted by
// (total desc, id asc) gives.

export type TopCandidate = { slot: number; tenths: number };

export type TopKInput = {
  /** Candidates that passed the filters: slots and structured hundredths in the first `count` entries. */
  count: number;
  slots: Int32Array;
  structured: Int32Array;
  /** Highest structured hundredths any candidate can have, and the most text can add. */
  structuredMax: number;
  textMax: number;
  weightTotal: number;
  limit: number;
  /** Keep only totals of at least this many tenths. */
  minTenths: number | null;
  /** Text points of a slot, in hundredths. */
  textOf: (slot: number) => number;
  idOf: (slot: number) => string;
};

export class TopKSelector {
  private histogram = new Uint32Array(0);
  private bucketNext = new Uint32Array(0);
  private order = new Int32Array(1024);

  /** `matched`: candidates whose total reaches `minTenths` (all of them without it); `top`: best first. */
  select(input: TopKInput): { matched: number; top: TopCandidate[] } {
    const { count, slots, structured, textMax, weightTotal, minTenths, limit, textOf } = input;
    const buckets = input.structuredMax + 1;
    if (this.histogram.length < buckets) {
      this.histogram = new Uint32Array(buckets);
      this.bucketNext = new Uint32Array(buckets);
    }
    const histogram = this.histogram;
    histogram.fill(0, 0, buckets);

    // Candidates sure to pass the minimum (a total is at least its structured points) bound the
    // K-th best total from below; the others pass only if text lifts them far enough.
    let matched = 0;
    let sure = 0;
    for (let i = 0; i < count; i += 1) {
      const s = structured[i]!;
      if (minTenths === null || totalTenths(s, weightTotal) >= minTenths) {
        histogram[s]! += 1;
        sure += 1;
        matched += 1;
      } else if (totalTenths(s + textMax, weightTotal) >= minTenths && totalTenths(s + textOf(slots[i]!), weightTotal) >= minTenths) {
        matched += 1;
      }
    }
    if (limit <= 0 || count === 0) return { matched, top: [] };

    // Lowest structured points worth reading: where adding all of textMax still reaches the
    // tenths of the K-th largest structured points.
    let lowest = 0;
    if (sure >= limit) {
      let seen = 0;
      let kth = buckets - 1;
      for (; kth > 0; kth -= 1) {
        seen += histogram[kth]!;
        if (seen >= limit) break;
      }
      const kthTenths = totalTenths(kth, weightTotal);
      lowest = kth;
      while (lowest > 0 && totalTenths(lowest - 1 + textMax, weightTotal) >= kthTenths) lowest -= 1;
    }
    if (minTenths !== null) {
      for (let i = 0; i < count; i += 1) {
        const s = structured[i]!;
        if (s >= lowest && totalTenths(s, weightTotal) < minTenths && totalTenths(s + textMax, weightTotal) >= minTenths) histogram[s]! += 1;
      }
    }

    // Counting sort of the window, highest structured points first.
    let windowSize = 0;
    for (let b = buckets - 1; b >= lowest; b -= 1) {
      this.bucketNext[b] = windowSize;
      windowSize += histogram[b]!;
    }
    if (this.order.length < windowSize) this.order = new Int32Array(Math.max(windowSize, this.order.length * 2));
    const order = this.order;
    const next = this.bucketNext;
    for (let i = 0; i < count; i += 1) {
      const s = structured[i]!;
      if (s < lowest) continue;
      if (minTenths !== null && totalTenths(s + textMax, weightTotal) < minTenths) continue;
      order[next[s]!++] = i;
    }

    const heap = new TopHeap(limit, input.idOf);
    let at = 0;
    for (let b = buckets - 1; b >= lowest; b -= 1) {
      const end = at + histogram[b]!;
      for (; at < end; at += 1) {
        const slot = slots[order[at]!]!;
        const tenths = totalTenths(b + textOf(slot), weightTotal);
        if (minTenths === null || tenths >= minTenths) heap.offer(slot, tenths);
      }
      // Everything left has at most b - 1 structured points.
      if (heap.isFull() && totalTenths(b - 1 + textMax, weightTotal) < heap.worstTenths()) break;
    }
    return { matched, top: heap.sorted() };
  }
}

/** The best `capacity` candidates offered, the worst at the root; equal totals go to the smaller id. */
class TopHeap {
  private readonly slots: Int32Array;
  private readonly tenths: Int32Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly idOf: (slot: number) => string,
  ) {
    this.slots = new Int32Array(capacity);
    this.tenths = new Int32Array(capacity);
  }

  isFull(): boolean {
    return this.size >= this.capacity;
  }

  worstTenths(): number {
    return this.size > 0 ? this.tenths[0]! : -Infinity;
  }

  /** True when candidate a ranks after candidate b. */
  private isAfter(slotA: number, tenthsA: number, slotB: number, tenthsB: number): boolean {
    return tenthsA < tenthsB || (tenthsA === tenthsB && this.idOf(slotA) > this.idOf(slotB));
  }

  offer(slot: number, tenths: number): void {
    const slots = this.slots;
    const all = this.tenths;
    if (this.size < this.capacity) {
      let i = this.size;
      this.size += 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.isAfter(slot, tenths, slots[parent]!, all[parent]!)) break;
        slots[i] = slots[parent]!;
        all[i] = all[parent]!;
        i = parent;
      }
      slots[i] = slot;
      all[i] = tenths;
      return;
    }
    // Not better than the worst kept: most offers end here.
    if (tenths < all[0]! || this.isAfter(slot, tenths, slots[0]!, all[0]!)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const worse = right < this.size && this.isAfter(slots[right]!, all[right]!, slots[left]!, all[left]!) ? right : left;
      if (!this.isAfter(slots[worse]!, all[worse]!, slot, tenths)) break;
      slots[i] = slots[worse]!;
      all[i] = all[worse]!;
      i = worse;
    }
    slots[i] = slot;
    all[i] = tenths;
  }

  sorted(): TopCandidate[] {
    const items = Array.from({ length: this.size }, (_, i) => ({ slot: this.slots[i]!, tenths: this.tenths[i]! }));
    const ids = this.idOf;
    return items.sort((a, b) => b.tenths - a.tenths || (ids(a.slot) < ids(b.slot) ? -1 : 1));
  }
}
