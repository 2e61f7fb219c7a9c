// Highlights for search results: the passage words that matched a query term, as [start, end) offsets into the
// passage's verbatim text (found on the folded copy, then mapped back, so "Zoë" in NFD is marked whole).
import { toOriginalRange } from '../text/normalize';
import type { SearchIndex } from './search-index';
import { termMatch, termSim, MIN_SIM, type WeightedTerm } from './rank';
import { foldWords } from './words';

/** A highlighted range of a passage's text: [start, end) in UTF-16 offsets of `doc.text`. */
export type Highlight = [number, number];

/**
 * The matched words of passage `d`. Stop words are marked only inside a quoted phrase or when the query has nothing
 * but stop words; a half-typed last word marks only the typed part of the word it matched.
 */
export function highlightDoc(index: SearchIndex, d: number, terms: WeightedTerm[]): Highlight[] {
  const doc = index.docs[d];
  if (!doc) return [];
  const folded = foldWords(doc.text);
  const start = index.wordStart[d] as number;
  if (folded.words.length !== index.textWords[d]) return [];
  const onlyStop = terms.every((t) => t.stop);
  const useful = terms.filter((t) => onlyStop || !t.stop || t.phrase >= 0);
  const out: Highlight[] = [];
  folded.words.forEach((w, k) => {
    const wid = index.wordSeq[start + k] as number;
    let bestSim = 0;
    let cut = w.end;
    for (const t of useful) {
      if (termSim(index, t, wid) < MIN_SIM) continue;
      const m = termMatch(index, t, wid);
      if (m.sim > bestSim) {
        bestSim = m.sim;
        const prefix = (m.kind === 'prefix' || m.kind === 'typo-prefix') && t.partial;
        cut = prefix ? Math.min(w.end, w.start + Math.max(1, m.prefixLength)) : w.end;
      }
    }
    if (bestSim === 0) return;
    const range = toOriginalRange(folded.norm, w.start, cut);
    const last = out[out.length - 1];
    if (last && last[1] >= range.start) last[1] = Math.max(last[1], range.end);
    else out.push([range.start, range.end]);
  });
  return out;
}
