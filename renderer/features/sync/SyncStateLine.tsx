// The one place the window says how a shared story syncs: "Synced", "Syncing 3 changes", "Offline since 10:42",
// "Signed out", with ", conflict on 2 claims" when claims need review, ", 2 files arriving" while source files the
// story holds are still arriving here piece by piece, and ", 1 file not synced" when a source file did not travel.
// That last part is a button: it opens a small popover listing each such file with its sentence (keyboard and mouse
// alike; Escape or Close shuts it and gives focus back to the button). Nothing for a project nobody shares.
import { useEffect, useId, useRef, useState } from 'react';
import type { SyncStatusView } from '../../../shared/api/sync';
import { describeSyncState } from '../../../shared/sync/sync-state';
import { formatWhen } from '../../../shared/text/format-when';

export function SyncStateLine({ status }: { status: SyncStatusView | null }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const popoverId = useId();
  const files = (status?.shared && status.state?.files) || [];

  // Once every file syncs again the button goes, and the popover with it.
  const shown = open && files.length > 0;

  useEffect(() => {
    if (!shown) return;
    popover.current?.focus();
    // A click anywhere else closes it, as a menu does (focus stays where the click put it).
    const outside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [shown]);

  if (!status?.shared || !status.state) return null;
  const state = status.state;
  const words = describeSyncState({ ...state, files: [] }, (iso) => formatWhen(iso, { compact: true }));
  const online = state.phase === 'synced' || state.phase === 'syncing';
  const tone = state.conflicts > 0 ? 'conflict' : online && files.length > 0 ? 'files' : state.phase;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className={`sync-state sync-${tone}`}>
      <span className="save-dot" aria-hidden="true" />
      <span
        role="status"
        aria-label="Sync state"
        className="sync-words"
        // A narrow window cuts the words: the whole state is in the title, with why and where.
        title={[
          `${describeSyncState(state, (iso) => formatWhen(iso, { compact: true }))}.`,
          state.message,
          status.serverUrl ? `Story server: ${status.serverUrl}` : null,
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <span className="save-text">{files.length > 0 ? `${words},` : words}</span>
        {files.length > 0 ? ' ' : null}
        {files.length > 0 ? (
          <button
            ref={button}
            type="button"
            className="sync-files-button"
            aria-haspopup="dialog"
            aria-expanded={shown}
            aria-controls={shown ? popoverId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            {`${files.length} ${files.length === 1 ? 'file' : 'files'} not synced`}
          </button>
        ) : null}
      </span>
      {shown ? (
        <div
          ref={popover}
          id={popoverId}
          role="dialog"
          aria-labelledby={headingId}
          className="sync-popover"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          <h2 id={headingId} className="sync-popover-title">
            {files.length === 1 ? 'A source file did not sync' : `${files.length} source files did not sync`}
          </h2>
          <ul className="sync-popover-list">
            {files.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <div className="sync-popover-actions">
            <button type="button" className="button button-small" onClick={close}>
              Close
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
