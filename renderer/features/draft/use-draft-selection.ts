// Follows the text selection inside the rendered draft, so "Mark as claim" knows its offsets even after the
// command palette has taken focus.
import { useCallback, useEffect, useRef } from 'react';
import { selectionOffsets } from './selection-offsets';

export interface DraftSelection {
  /** Attach to the element that holds the draft's text runs. */
  rootRef: (element: HTMLElement | null) => void;
  /** The offsets of the selection in the draft, or null when nothing in it is selected. */
  take(): { start: number; end: number } | null;
  /** Forgets the selection (after it became a claim). */
  clear(): void;
}

/** Tracks the draft selection through 'selectionchange'. */
export function useDraftSelection(): DraftSelection {
  const root = useRef<HTMLElement | null>(null);
  const last = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    function onChange() {
      const element = root.current;
      if (!element) return;
      const selection = document.getSelection();
      const offsets = selectionOffsets(element, selection);
      if (offsets) {
        last.current = offsets;
        return;
      }
      // Focus moving into a dialog (the command palette) keeps the draft selection; anything else ends it.
      const active = document.activeElement;
      if (active && active.closest('dialog')) return;
      last.current = null;
    }
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const rootRef = useCallback((element: HTMLElement | null) => {
    root.current = element;
    last.current = null;
  }, []);

  const take = useCallback(() => {
    const element = root.current;
    if (!element) return null;
    return selectionOffsets(element, document.getSelection()) ?? last.current;
  }, []);

  const clear = useCallback(() => {
    last.current = null;
    const selection = document.getSelection();
    if (selection && root.current && selection.anchorNode && root.current.contains(selection.anchorNode)) {
      selection.removeAllRanges();
    }
  }, []);

  return { rootRef, take, clear };
}
