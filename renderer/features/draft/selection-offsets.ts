// Turns a DOM selection inside the Draft region into offsets in the draft text. Every text run is rendered in an
// element carrying data-offset (its start in the draft), so offsets come from the DOM, not from the selected string.

function runsIn(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
}

function baseOf(run: HTMLElement): number {
  return Number(run.dataset.offset);
}

function lengthOf(run: HTMLElement): number {
  return run.textContent?.length ?? 0;
}

/**
 * The draft offset of a boundary point. A point inside a text run maps exactly; a point between elements maps to
 * the start of the next run (for a selection start) or the end of the previous one (for a selection end).
 */
export function offsetOfPoint(root: Element, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const runs = runsIn(root);
  if (runs.length === 0) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-offset]');
    if (run && root.contains(run)) return baseOf(run) + Math.min(offset, lengthOf(run));
  }
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const box = doc.createRange();
  if (edge === 'start') {
    for (const run of runs) {
      box.selectNodeContents(run);
      if (point.compareBoundaryPoints(Range.START_TO_START, box) <= 0) return baseOf(run);
    }
    const last = runs[runs.length - 1] as HTMLElement;
    return baseOf(last) + lengthOf(last);
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as HTMLElement;
    box.selectNodeContents(run);
    if (point.compareBoundaryPoints(Range.END_TO_END, box) >= 0) return baseOf(run) + lengthOf(run);
  }
  return baseOf(runs[0] as HTMLElement);
}

/**
 * The [start, end) offsets of the selection within `root`, clipped to it; null when the selection is empty or
 * does not touch the draft.
 */
export function selectionOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const runs = runsIn(root);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return null;
  const start = root.contains(range.startContainer)
    ? offsetOfPoint(root, range.startContainer, range.startOffset, 'start')
    : baseOf(first);
  const end = root.contains(range.endContainer)
    ? offsetOfPoint(root, range.endContainer, range.endOffset, 'end')
    : baseOf(last) + lengthOf(last);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
