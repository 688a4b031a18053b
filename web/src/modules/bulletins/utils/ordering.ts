// The bulletin editor's position order: grouped by enterprise (enterprises in the order of their
// first position, positions in the operator's order), as the server prints them. Pure functions.

/** A chosen position with what the editor shows of it. */
export type SelectedPosition = {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  headcount: number;
  salaryMin: number | null;
  salaryMax: number | null;
  educationLevel: string;
  regionName: string | null;
};

export type EnterpriseGroup = { organisationId: string; organisationName: string; positions: SelectedPosition[] };

export function groupByEnterprise(list: readonly SelectedPosition[]): EnterpriseGroup[] {
  const groups = new Map<string, EnterpriseGroup>();
  for (const position of list) {
    const group = groups.get(position.organisationId);
    if (group) group.positions.push(position);
    else
      groups.set(position.organisationId, {
        organisationId: position.organisationId,
        organisationName: position.organisationName,
        positions: [position],
      });
  }
  return [...groups.values()];
}

function flatten(groups: readonly EnterpriseGroup[]): SelectedPosition[] {
  return groups.flatMap((g) => g.positions);
}

function swap<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const a = next[index];
  const b = next[target];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[target] = a;
  return next;
}

/** Adds a position at the end of its enterprise's group (a new group goes last); a repeat is ignored. */
export function addPosition(list: readonly SelectedPosition[], position: SelectedPosition): SelectedPosition[] {
  if (list.some((p) => p.id === position.id)) return [...list];
  return flatten(groupByEnterprise([...list, position]));
}

export function removePosition(list: readonly SelectedPosition[], id: string): SelectedPosition[] {
  return list.filter((p) => p.id !== id);
}

/** Moves an enterprise (with all its positions) one place up (-1) or down (+1). */
export function moveEnterprise(list: readonly SelectedPosition[], organisationId: string, delta: -1 | 1): SelectedPosition[] {
  const groups = groupByEnterprise(list);
  return flatten(swap(groups, groups.findIndex((g) => g.organisationId === organisationId), delta));
}

/** Moves a position one place up or down within its enterprise. */
export function movePosition(list: readonly SelectedPosition[], id: string, delta: -1 | 1): SelectedPosition[] {
  const groups = groupByEnterprise(list).map((group) => {
    const index = group.positions.findIndex((p) => p.id === id);
    return index < 0 ? group : { ...group, positions: swap(group.positions, index, delta) };
  });
  return flatten(groups);
}
