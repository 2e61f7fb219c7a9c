// Paste a new draft version: the pasted text (and the HTML the clipboard carried) becomes the next version.
import { useState } from 'react';
import type { ClipboardEvent, FormEvent } from 'react';
import { Dialog, FormActions } from '../../components/Dialog';

export interface PasteDraftDialogProps {
  nextNumber: number;
  onPaste: (text: string, html?: string) => Promise<boolean>;
  onClose: () => void;
}

/** A dialog named "Paste a new draft version" with a "New version text" box. */
export function PasteDraftDialog({ nextNumber, onPaste, onClose }: PasteDraftDialogProps) {
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<{ text: string; html: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const empty = text.trim() === '';

  function onPasteEvent(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    // The HTML is only used while the box holds exactly what was pasted (it keeps headings and paragraphs).
    setPasted(html && text === '' ? { text: plain, html } : null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (empty || busy) return;
    setBusy(true);
    const html = pasted && pasted.text.replace(/\r\n?/g, '\n') === text ? pasted.html : undefined;
    const ok = await onPaste(text, html);
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <Dialog title="Paste a new draft version" className="dialog-wide" onClose={onClose}>
      <form className="dialog-body" onSubmit={(e) => void submit(e)}>
        <p className="dialog-lead">
          The pasted text becomes version {nextNumber}. Every claim is looked for in it: claims whose words changed are
          marked for a re-check, and claims whose words are gone are listed as orphaned.
        </p>
        <div className="field">
          <label htmlFor="paste-version">New version text</label>
          <textarea
            id="paste-version"
            className="draft-textarea paste-textarea"
            data-autofocus
            value={text}
            spellCheck={false}
            onPaste={onPasteEvent}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <FormActions
          onCancel={onClose}
          submitLabel={busy ? 'Importing...' : `Use as version ${nextNumber}`}
          disabled={empty || busy}
        />
      </form>
    </Dialog>
  );
}
