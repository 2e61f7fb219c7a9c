// The word diff of a placed quote against its source, and whether its kept words differ from the source only in
// punctuation, case, spacing or a transcription variant (which makes an otherwise exact quote "punctuation").
import { normalizeForMatching } from '../text/normalize';
import { diffWords } from '../text/word-diff';
import { stripStageNotes } from './canonical-words';
import type { Placed } from './placed';
import type { QuoteIndex } from './quote-index';
import type { QuoteItem } from './quote-parts';
import { sourceText } from './source-text';
import { MAX_DROPPED_RUN } from './thresholds';
import type { QuoteDiffOp } from './types';

export interface BuiltDiff {
  diff: QuoteDiffOp[];
  /** Some kept words or the punctuation between them differ from the source's. */
  surfaceDiffers: boolean;
}

function surfaceKey(text: string, foldFirst: boolean): string {
  const key = stripStageNotes(normalizeForMatching(text, { foldCase: false }).text)
    .replace(/\s+/g, ' ')
    .trim();
  return foldFirst ? key.charAt(0).toLowerCase() + key.slice(1) : key;
}

/** Diff runs; a run after the join of two parts of a stitched quote starts afresh, so the join shows. */
class Ops {
  readonly list: QuoteDiffOp[] = [];
  joined = false;
  push(op: QuoteDiffOp['op'], text: string, replaces?: string): void {
    const t = text.trim();
    if (!t && op !== 'bracket') return;
    const last = this.list[this.list.length - 1];
    const fresh = this.joined;
    this.joined = false;
    if (last && last.op === op && op !== 'bracket' && !fresh) last.text += ` ${t}`;
    else this.list.push(replaces ? { op, text: t, replaces } : { op, text: t });
  }
}

/** Builds the diff of `quote` (the draft's text) placed in the index. */
export function buildDiff(index: QuoteIndex, quote: string, items: readonly QuoteItem[], placed: Placed): BuiltDiff {
  const ops = new Ops();
  let surfaceDiffers = false;
  let quoteDone = 0;
  let last = -1;
  let covered = false;
  let block: { q0: number; q1: number; p0: number; p1: number; first: boolean } | null = null;
  const quoteText = (start: number, end: number): string => {
    const from = Math.max(start, quoteDone);
    quoteDone = Math.max(quoteDone, end);
    return end > from ? quote.slice(from, end) : '';
  };
  const flush = (): void => {
    if (!block) return;
    const q = quote.slice(Math.max(block.q0, 0), block.q1);
    quoteDone = Math.max(quoteDone, block.q1);
    const s = sourceText(index, block.p0, block.p1);
    if (surfaceKey(q, block.first) === surfaceKey(s, block.first)) ops.push('equal', q);
    else {
      surfaceDiffers = true;
      for (const op of diffWords(s, q)) ops.push(op.op, op.text);
    }
    block = null;
  };
  const gapBefore = (p: number): void => {
    if (last >= 0 && p > last + 1 && p - last - 1 <= MAX_DROPPED_RUN && !covered) {
      flush();
      ops.push('delete', sourceText(index, last + 1, p - 1));
    } else if (last >= 0 && (p <= last || p - last - 1 > MAX_DROPPED_RUN) && !covered) {
      flush();
      ops.joined = true;
    }
  };
  items.forEach((item, i) => {
    if (item.kind === 'word') {
      const p = placed.pos[i] as number;
      if (p < 0) {
        flush();
        ops.push('insert', quoteText(item.start, item.end));
        return;
      }
      gapBefore(p);
      covered = false;
      if (placed.equal[i]) {
        if (block && p === block.p1 + 1) {
          block.q1 = Math.max(block.q1, item.end);
          block.p1 = p;
        } else {
          flush();
          block = { q0: Math.max(item.start, quoteDone), q1: item.end, p0: p, p1: p, first: i === 0 };
        }
      } else {
        flush();
        ops.push('delete', sourceText(index, p, p));
        ops.push('insert', quoteText(item.start, item.end));
      }
      last = p;
      return;
    }
    flush();
    quoteDone = Math.max(quoteDone, item.end);
    const from = placed.coverFrom[i] as number;
    const to = placed.coverTo[i] as number;
    const covers = from >= 0 ? sourceText(index, from, to - 1) : '';
    if (item.kind === 'elision') {
      ops.push('elided', covers);
      covered = true;
      if (from >= 0) last = to - 1;
    } else {
      if (from >= 0) gapBefore(from);
      ops.push('bracket', item.text, covers || undefined);
      covered = true;
      if (from >= 0) last = to - 1;
    }
  });
  flush();
  replaceTrailingInsert(index, items, placed, last, ops);
  return { diff: ops.list, surfaceDiffers };
}

/**
 * A quote whose last words were replaced ("blank check" -> "blank cheque") ends with words that were not placed;
 * the source words right after the match, as many as were replaced and in the same source, are what they replaced,
 * so they are shown as deleted before the inserted ones.
 */
function replaceTrailingInsert(
  index: QuoteIndex,
  items: readonly QuoteItem[],
  placed: Placed,
  last: number,
  ops: Ops,
): void {
  let trailing = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind !== 'word') continue;
    if ((placed.pos[i] as number) >= 0) break;
    trailing++;
  }
  const tail = ops.list[ops.list.length - 1];
  if (trailing === 0 || trailing > MAX_DROPPED_RUN || last < 0 || tail?.op !== 'insert') return;
  const end = last + trailing;
  if (end >= index.passageOf.length) return;
  const source = index.passages[index.passageOf[last] as number]?.source;
  if (index.passages[index.passageOf[end] as number]?.source !== source) return;
  ops.list.splice(ops.list.length - 1, 0, { op: 'delete', text: sourceText(index, last + 1, end).trim() });
}
