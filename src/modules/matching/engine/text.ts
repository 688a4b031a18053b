import { normalizeSearchText, segmentText } from '../../positions/search/segment';

// Text relevance of a résumé to a position: both texts are cut into words by the position search's
// jieba segmentation (search mode, so 数控机床 also gives 数控 and 机床), one-character words,
// numbers and the words every posting and résumé uses (负责, 工作, 要求 …) dropped. The share is
// the IDF-weighted part of the position's distinct words that the résumé has. Both word lists are
// capped (a résumé keeps its first RESUME_TERM_LIMIT distinct words, a position its first
// POSITION_TERM_LIMIT, title first) so that the index stores a fixed budget per profile and the
// reference scorer reads exactly what the index reads.

export const RESUME_TERM_LIMIT = 24;
export const POSITION_TERM_LIMIT = 64;

/** Words that say nothing about the work: duties boilerplate and résumé phrases. */
const STOP_WORDS = new Set(
  `负责 工作 相关 进行 以及 能够 具有 具备 良好 以上 优先 要求 公司 岗位 完成 做好 及时 按照 参与 协助 配合
  日常 熟悉 熟练 能力 经验 其他 上级 交办 任务 确保 保证 提高 提升 开展 根据 需要 可以 一定 各项 学历 专业
  毕业 希望 从事 我们 本人 主要 认真 积极 严格 执行 遵守 规定 制度 安排 服从 接受 适应 应届 毕业生 求职
  愿意 留在 技能 任职 及其 包括 等等 方面 有关 对口 优秀 表现 符合 条件 者优先 以上学历 工作经验 有限公司`
    .split(/\s+/)
    .filter(Boolean),
);

const DIGITS = /^[\d.]+$/;

function distinctTerms(text: string, limit: number): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of segmentText(normalizeSearchText(text), 2).words) {
    if (seen.has(word) || STOP_WORDS.has(word) || DIGITS.test(word)) continue;
    seen.add(word);
    terms.push(word);
    if (terms.length === limit) break;
  }
  return terms;
}

/** The distinct words of a position's title and duties, title first. */
export function positionTerms(title: string, duties: string): string[] {
  return distinctTerms(`${title}\n${duties}`, POSITION_TERM_LIMIT);
}

/** The distinct words of a résumé text, in the order they first occur. */
export function resumeTerms(text: string): string[] {
  return distinctTerms(text, RESUME_TERM_LIMIT);
}

/** A word's weight in the share: larger for words fewer documents have. */
export type TermWeight = (term: string) => number;

export const UNIT_TERM_WEIGHT: TermWeight = () => 1;

/** IDF weights are multiples of 1/IDF_SCALE, so sums are exact in any order (the index adds integers). */
export const IDF_SCALE = 1024;

/** Smoothed IDF, 1 + ln((N + 1) / (df + 1)), in units of 1/IDF_SCALE. */
export function idfUnits(documentFrequency: number, documentCount: number): number {
  return Math.round(IDF_SCALE * (1 + Math.log((documentCount + 1) / (documentFrequency + 1))));
}

export type TextRelevance = {
  /** Matched weight over the position's total weight, 0–1. */
  share: number;
  /** Up to five matched words, heaviest first (ties in the position's order). */
  words: string[];
};

export const TEXT_WORDS_SHOWN = 5;

/** How much of the position's words (by weight) the seeker's words cover. */
export function textRelevance(position: readonly string[], seeker: ReadonlySet<string>, weight: TermWeight = UNIT_TERM_WEIGHT): TextRelevance {
  let total = 0;
  let matched = 0;
  const found: { term: string; weight: number; at: number }[] = [];
  position.forEach((term, at) => {
    const w = weight(term);
    total += w;
    if (seeker.has(term)) {
      matched += w;
      found.push({ term, weight: w, at });
    }
  });
  found.sort((a, b) => b.weight - a.weight || a.at - b.at);
  return { share: total > 0 ? matched / total : 0, words: found.slice(0, TEXT_WORDS_SHOWN).map((f) => f.term) };
}
