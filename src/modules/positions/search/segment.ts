import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// Text analysis for the position search: normalisation, jieba segmentation with the zone's own
// vocabulary, and the words a query is made of. Pure apart from jieba's dictionary, which is
// loaded once, on first use.

/**
 * Words of the zone and of HR work that jieba's general dictionary lacks or ranks too low. The
 * frequency decides how strongly jieba prefers the word over other splits: 制药 is raised far
 * above 负责制 so that 负责制药设备 is cut as 负责|制药|设备 (the search finds it either way).
 */
const DOMAIN_WORDS: readonly (readonly [string, number])[] = [
  ['制药', 20000],
  ...`新材料 生物医药 高新区 中药饮片 原料药 钛合金 绿色食品 先进装备制造 产教融合 数控 电工 质检 叉车
  电商 钛材 海绵钛 钛白粉 钛锭 中药材 饮片 炮制 制剂 固体制剂 中成药 前处理 药物制剂 质量保证 质量控制
  理化检验 微生物检验 药品注册 彝药 民族药 滇重楼 医疗器械 医药代表 执业药师 精细化工 绿色化工 化工总控
  野生菌 食用菌 松茸 牛肝菌 核桃乳 冷链 仓储 供应链 直播带货 直播带岗 人力资源 劳务派遣 灵活用工
  数控机床 数控车床 加工中心 工业机器人 维修电工 高压电工 低压电工 电焊工 氩弧焊 钳工 注塑 光伏 储能
  新能源 实训基地 产业园 人才驿站 招聘会 楚雄 禄丰 双柏 牟定 南华 姚安 大姚 永仁 元谋 武定 彝族
  仓库管理员 电商运营 新媒体运营 短视频 物流调度 品控 化验员 质检员 操作工 实习生 管培生 五险一金`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, 5000] as const),
];

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(DOMAIN_WORDS.map(([word, freq]) => `${word} ${freq}`).join('\n') + '\n'));
    jieba = instance;
  }
  return jieba;
}

/** NFKC (full-width letters and digits to half-width) and lower case, so CNC, ｃｎｃ and cnc are one word. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

let wordCharTable: Uint8Array | undefined;

/**
 * Per UTF-16 code unit: 1 for letters, digits and marks (and surrogate halves, which only occur
 * in pairs for rare CJK characters); 0 for spaces, punctuation and symbols, which separate words.
 */
export function wordCharacterTable(): Uint8Array {
  if (!wordCharTable) {
    const table = new Uint8Array(65536);
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    for (let code = 0; code < 65536; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) table[code] = 1;
      else if (wordChar.test(String.fromCharCode(code))) table[code] = 1;
    }
    wordCharTable = table;
  }
  return wordCharTable;
}

export type TextSegmentation = {
  /** 1 where a word starts or ends, for offsets 0 … text.length. */
  boundaries: Uint8Array;
  /** Words of at least `minWordLength` characters (search mode: 数控机床 also gives 数控 and 机床), one entry per occurrence. */
  words: string[];
  /** Start offset of each of `words`. */
  starts: number[];
};

type ChunkSegmentation = { boundaries: Uint8Array; words: string[]; starts: number[] };

// jieba cuts each run of Han characters, letters, digits and "+#&._%-" on its own, so a text can be
// cut piece by piece at any other character with the same result, and pieces (clauses of duties,
// skill names, titles) repeat across postings: their cuts are kept, up to a bound.
const CHUNK_CACHE_LIMIT = 50_000;
const chunkCache = new Map<string, ChunkSegmentation>();
const JIEBA_WORD_SYMBOLS = new Set([...'+#&._%-'].map((c) => c.charCodeAt(0)));

/** Word boundaries and the longer words of an already normalised text. */
export function segmentText(text: string, minWordLength: number): TextSegmentation {
  const table = wordCharacterTable();
  const boundaries = new Uint8Array(text.length + 1);
  const words: string[] = [];
  const starts: number[] = [];
  let chunkStart = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const isInChunk = code >= 0 && (table[code] === 1 || JIEBA_WORD_SYMBOLS.has(code));
    if (isInChunk) {
      if (chunkStart < 0) chunkStart = i;
      continue;
    }
    boundaries[i] = 1;
    if (chunkStart < 0) continue;
    const chunk = segmentChunk(text.slice(chunkStart, i));
    boundaries.set(chunk.boundaries, chunkStart);
    for (let k = 0; k < chunk.words.length; k += 1) {
      const word = chunk.words[k]!;
      if (word.length < minWordLength) continue;
      words.push(word);
      starts.push(chunkStart + chunk.starts[k]!);
    }
    chunkStart = -1;
  }
  return { boundaries, words, starts };
}

function segmentChunk(chunk: string): ChunkSegmentation {
  const cached = chunkCache.get(chunk);
  if (cached) return cached;
  const boundaries = new Uint8Array(chunk.length + 1);
  const words: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const word of segmenter().cut(chunk, false)) {
    boundaries[offset] = 1;
    words.push(word);
    starts.push(offset);
    if (word.length > 2) {
      for (const part of innerWords(word)) {
        words.push(part.word);
        starts.push(offset + part.at);
        boundaries[offset + part.at] = 1;
        boundaries[offset + part.at + part.word.length] = 1;
      }
    }
    offset += word.length;
  }
  boundaries[chunk.length] = 1;
  // jieba gave back something other than a partition of the chunk: every offset becomes a boundary.
  if (offset !== chunk.length) boundaries.fill(1);
  const result = { boundaries, words, starts };
  if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.clear();
  chunkCache.set(chunk, result);
  return result;
}

/** The dictionary sub-words jieba's search mode finds inside a long word, with their offsets. */
function innerWords(word: string): { word: string; at: number }[] {
  const parts: { word: string; at: number }[] = [];
  for (const part of segmenter().cutForSearch(word, false)) {
    if (part.length >= word.length) continue;
    const at = word.indexOf(part);
    if (at >= 0) parts.push({ word: part, at });
  }
  return parts;
}

export type AnalysedQuery = {
  /** Words every result must contain (AND), normalised, each a substring of the query. */
  words: string[];
  /**
   * Runs of the query written without a space that jieba split into several words (制药工程师 →
   * 制药, 工程师): not required, but a posting containing the whole run ranks higher.
   */
  phrases: string[];
};

/**
 * The words of a search query: normalised, split at spaces and punctuation, each part cut by
 * jieba. A one-character word sticks to its neighbour in the same part (中药饮片炮制工 → 中药饮片,
 * 炮制工), because a lone 工 or 药 would match nearly every posting. Duplicates and words
 * contained in another query word are dropped: they cannot narrow the result.
 */
export function analyseQuery(query: string): AnalysedQuery {
  const table = wordCharacterTable();
  const text = normalizeSearchText(query);
  const found: string[] = [];
  const phrases: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const isWord = i < text.length && table[text.charCodeAt(i)] === 1;
    if (isWord && runStart < 0) runStart = i;
    if (!isWord && runStart >= 0) {
      const run = text.slice(runStart, i);
      runStart = -1;
      const parts = joinSingleCharacters(segmenter().cut(run, false));
      found.push(...parts);
      if (parts.length > 1) phrases.push(run);
    }
  }
  const unique = [...new Set(found)];
  const words = unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
  return { words, phrases: [...new Set(phrases)].filter((phrase) => !words.includes(phrase)) };
}

function joinSingleCharacters(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  const joined: string[] = [];
  let pending = '';
  for (const part of parts) {
    if (part.length === 1 && joined.length > 0) {
      joined[joined.length - 1] += part;
    } else if (part.length === 1) {
      pending += part;
    } else {
      joined.push(pending + part);
      pending = '';
    }
  }
  if (pending) joined.push(pending);
  return joined;
}
