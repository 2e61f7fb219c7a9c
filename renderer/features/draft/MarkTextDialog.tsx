// Mark text by typing it: the keyboard way to make a claim of any words in the draft (selecting text in the draft
// needs a mouse). The next occurrence after the selected claim is marked, ignoring case and spacing differences.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { findTyped } from './find-typed';

export interface MarkTextDialogProps {
  text: string;
  /** Searching starts after this offset (the selected claim's end), and wraps to the start. */
  from: number;
  onMark: (start: number, end: number) => Promise<void>;
  onClose: () => void;
}

/** A field for the words; Enter marks their next occurrence in the draft. */
export function MarkTextDialog({ text, from, onMark, onClose }: MarkTextDialogProps) {
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = findTyped(text, words, from);
    if (!found) {
      setError(words.trim() ? `“${words.trim()}” is not in the draft.` : 'Type the words of the claim.');
      return;
    }
    setBusy(true);
    await onMark(found.start, found.end);
    setBusy(false);
    onClose();
  }

  return (
    <Dialog title="Mark text as a claim" onClose={onClose}>
      <form className="dialog-body" onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">
          Type the words of the claim as they stand in the draft. The next place they occur after the selected claim is
          marked; case and spacing do not matter.
        </p>
        <label className="field">
          <span className="field-label">Words to mark</span>
          <input
            className="input"
            value={words}
            data-autofocus
            onChange={(event) => {
              setWords(event.target.value);
              setError(null);
            }}
          />
        </label>
        <ErrorAlert message={error} />
        <FormActions onCancel={onClose} submitLabel="Mark as claim" disabled={busy} />
      </form>
    </Dialog>
  );
}
