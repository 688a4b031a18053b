import { useCallback, useMemo } from 'react';
import type { Region } from '../../../api/types';
import { useRegions } from '../../organisations/hooks/useRegions';
import type { RegionNamer } from '../utils/factors';

function indexRegions(nodes: readonly Region[], path: readonly string[], names: Map<string, string>): void {
  for (const node of nodes) {
    // 市辖区 and 县 are placeholder levels of the code table, not places anyone names.
    const full = node.name === '市辖区' || node.name === '县' ? path : [...path, node.name];
    if (!names.has(node.code)) names.set(node.code, full.join(' '));
    if (node.children) indexRegions(node.children, full, names);
  }
}

/** Region codes as names (云南省 楚雄彝族自治州 楚雄市), from the GB/T 2260 tree the server serves. */
export function useRegionNamer(): RegionNamer {
  const { data } = useRegions();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (data) indexRegions(data, [], map);
    return map;
  }, [data]);
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
