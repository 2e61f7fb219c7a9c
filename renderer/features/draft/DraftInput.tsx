// Shown while the project has no draft: paste the article text and make it the first draft version.
import { useState } from 'react';
import type { FormEvent } from 'react';

export interface DraftInputProps {
  readOnly: boolean;
  onUse: (text: string) => Promise<boolean>;
}

/** A large "Draft text" box and a "Use this draft" button. */
export function DraftInput({ readOnly, onUse }: DraftInputProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const empty = text.trim().length === 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (empty || busy) return;
    setBusy(true);
    const ok = await onUse(text);
    setBusy(false);
    if (ok) setText('');
  }

  return (
    <form className="draft-input" onSubmit={(e) => void submit(e)}>
      <div className="draft-input-head">
        <label htmlFor="draft-text" className="draft-input-label">
          Draft text
        </label>
        <p id="draft-text-help" className="field-help">
          Paste the article as it stands. Factdesk keeps this version; when you bring in an edited draft later, your
          claims move with the text.
        </p>
      </div>
      <textarea
        id="draft-text"
        className="draft-textarea"
        value={text}
        readOnly={readOnly}
        spellCheck={false}
        aria-describedby="draft-text-help"
        onChange={(e) => setText(e.target.value)}
        placeholder="Paste the draft here..."
      />
      <div className="draft-input-actions">
        <span className="field-help">
          {empty ? 'Nothing pasted yet.' : `${text.trim().split(/\s+/u).length.toLocaleString()} words`}
        </span>
        <button type="submit" className="button button-primary" disabled={readOnly || busy || empty}>
          {busy ? 'Saving draft...' : 'Use this draft'}
        </button>
      </div>
    </form>
  );
}
