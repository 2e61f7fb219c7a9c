// Drag and drop of a draft file onto the window: tracks whether files are being dragged over it (for the overlay)
// and hands the first dropped file, and all of them, to `onFile`. Dragged text or links are left alone.
import { useEffect, useRef, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * True while files are dragged over the window. With `enabled` false (no project, read-only) drops are ignored, but
 * the browser is still kept from opening the file in place of Factdesk.
 */
export function useFileDrop(enabled: boolean, onFile: (file: File, all: File[]) => void): boolean {
  const [over, setOver] = useState(false);
  const latest = useRef({ onFile, enabled });
  useEffect(() => {
    latest.current = { onFile, enabled };
  });

  useEffect(() => {
    let depth = 0;
    function onEnter(event: DragEvent) {
      if (!carriesFiles(event) || !latest.current.enabled) return;
      event.preventDefault();
      depth++;
      setOver(true);
    }
    function onOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.enabled ? 'copy' : 'none';
    }
    function onLeave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    }
    function onDrop(event: DragEvent) {
      // Always stop the browser from opening a dropped file in place of the app.
      event.preventDefault();
      depth = 0;
      setOver(false);
      const all = [...(event.dataTransfer?.files ?? [])];
      const file = all[0];
      if (file && latest.current.enabled) latest.current.onFile(file, all);
    }
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return over && enabled;
}
