// Shows a quote in the rendered draft: scrolls a claim's highlight into view, or selects a span of the draft text (so
// Mark as claim acts on it). Text runs carry data-offset, their start in the draft, as selection-offsets.ts reads them.

function draftRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('section[aria-label="Draft"] .draft-scroll');
}

function runs(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
}

/** The text node and offset inside it for a draft offset, or null when no run holds it. */
function pointAt(list: HTMLElement[], offset: number, edge: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const run of list) {
    const base = Number(run.dataset.offset);
    const text = run.firstChild;
    const length = run.textContent?.length ?? 0;
    const inside =
      edge === 'start' ? offset >= base && offset < base + length : offset > base && offset <= base + length;
    if (inside && text && text.nodeType === Node.TEXT_NODE) return { node: text, offset: offset - base };
  }
  return null;
}

/** Scrolls the claim's highlight into view; false when it is not in the draft on show. */
export function showClaimInDraft(claimId: string): boolean {
  const root = draftRoot();
  const mark = root?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(claimId)}"]`);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  return true;
}

/** Selects draft text [start, end) and scrolls it into view; false when the draft on show does not hold it. */
export function selectDraftSpan(start: number, end: number): boolean {
  const root = draftRoot();
  if (!root) return false;
  const list = runs(root);
  const from = pointAt(list, start, 'start');
  const to = pointAt(list, end, 'end');
  const selection = document.getSelection();
  if (!from || !to || !selection) return false;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  (from.node.parentElement ?? root).scrollIntoView({ block: 'center' });
  return true;
}
