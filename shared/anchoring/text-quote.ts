// Text-quote anchors: what a claim remembers of the draft so it can be found again.
import type { Anchor } from '../model/claim';

export const ANCHOR_CONTEXT = 32;

/** Builds the anchor for text[start, end) of a draft version. */
export function createAnchor(text: string, start: number, end: number, draftId: string): Anchor {
  return {
    draftId,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
    start,
    end,
    state: 'exact',
  };
}

/** Finds the first occurrence of `exact` in `text` (for "mark the first occurrence"), or null. */
export function findFirst(text: string, exact: string): { start: number; end: number } | null {
  if (!exact) return null;
  const at = text.indexOf(exact);
  return at < 0 ? null : { start: at, end: at + exact.length };
}

/** True when the anchor still points at its exact text in the draft. */
export function anchorHolds(text: string, anchor: Anchor): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.exact;
}
