/** A run-sheet row in the session form: the position, what the editor shows of it, and the presenter's notes. */
export type DraftItem = { positionId: string; title: string; organisationName: string; notes: string };

/** The list with the row at `index` moved up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}
