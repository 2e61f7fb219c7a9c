// fuse.js as the fuzzy scorer of the best candidates: the trigram stage and the word-level ranking find and order
// candidates fast (they already weigh speaker and title); fuse.js then scores the top ones on the passage text and
// the two scores are blended. fuse.js alone would run Bitap over every passage on every keystroke (far too slow at
// newsroom scale); over RERANK_COUNT candidates it stays around a millisecond.
import Fuse from 'fuse.js';
import type { SearchDoc } from './search-doc';

/** How many of the best candidates fuse.js re-scores. */
export const RERANK_COUNT = 20;
/** Weight of fuse.js's score in the blend (the rest is the word-level score). */
export const FUSE_WEIGHT = 0.25;

const OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 1,
  keys: ['text'],
};

/**
 * Re-scores `ranked` (best first) with fuse.js for the typed words `pattern`, blending each candidate's score with
 * fuse.js's (0 is a perfect fuse.js match); returns the candidates re-sorted, best first.
 */
export function fuseRerank<T extends { doc: SearchDoc; score: number }>(ranked: T[], pattern: string): T[] {
  const head = ranked.slice(0, RERANK_COUNT);
  if (pattern.trim().length < 2) return ranked;
  const fuse = new Fuse(
    head.map((r) => r.doc),
    OPTIONS,
  );
  const fuseScore = new Map<SearchDoc, number>();
  for (const hit of fuse.search(pattern)) fuseScore.set(hit.item, hit.score ?? 1);
  const blended = head.map((r) => ({
    r,
    score: (1 - FUSE_WEIGHT) * r.score + FUSE_WEIGHT * (1 - (fuseScore.get(r.doc) ?? 1)),
  }));
  blended.sort((a, b) => b.score - a.score);
  // Past the re-scored head, each candidate counts as fuse.js's worst, so scores stay best first.
  const rest = ranked.slice(RERANK_COUNT).map((r) => ({ ...r, score: (1 - FUSE_WEIGHT) * r.score }));
  return [...blended.map(({ r, score }) => ({ ...r, score })), ...rest];
}
