// Follows the text selection inside a list of passages: which passage it lies in and its words, or null when the
// selection is empty or spans several passages.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface PassageSelection {
  passageId: string;
  text: string;
}

function passageOf(node: Node | null, root: HTMLElement): string | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const item = el?.closest<HTMLElement>('[data-passage-id]');
  return item && root.contains(item) ? (item.dataset.passageId ?? null) : null;
}

/** The selection within `root`'s passages, updated as it changes. */
export function useSelectionIn(root: RefObject<HTMLElement | null>): PassageSelection | null {
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  useEffect(() => {
    function update() {
      const sel = document.getSelection();
      const el = root.current;
      if (!sel || sel.isCollapsed || !el) return setSelection(null);
      const a = passageOf(sel.anchorNode, el);
      const b = passageOf(sel.focusNode, el);
      const text = sel.toString().replace(/\s+/gu, ' ').trim();
      setSelection(a && a === b && text ? { passageId: a, text: text.slice(0, 2000) } : null);
    }
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root]);
  return selection;
}
