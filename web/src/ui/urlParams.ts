// Reading list filters from the address bar, so that a filtered list can be bookmarked and shared.

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The value when it is one of `allowed`, otherwise '' (no filter). */
export function pickParam<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function positiveIntParam(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** `pageSize` when it is one the tables offer, otherwise the default. */
export function pageSizeParam(value: string | null): number {
  const pageSize = positiveIntParam(value, DEFAULT_PAGE_SIZE);
  return (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE;
}
