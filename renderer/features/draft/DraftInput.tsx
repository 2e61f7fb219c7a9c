// Shown while the project has no draft: paste the article text (the HTML the clipboard carried keeps its headings
// and paragraphs), or import a file, or drop one onto the window.
import { useState } from 'react';
import type { ClipboardEvent, FormEvent } from 'react';
import { Icon } from '../../components/Icon';

export interface DraftInputProps {
  readOnly: boolean;
  importKeys: string;
  onUse: (text: string, html?: string) => Promise<boolean>;
  onImportFile: () => void;
}

/** A large "Draft text" box, a "Use this draft" button and "Import a file...". */
export function DraftInput({ readOnly, importKeys, onUse, onImportFile }: DraftInputProps) {
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<{ text: string; html: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const empty = text.trim().length === 0;

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    setPasted(html && text === '' ? { text: event.clipboardData.getData('text/plain'), html } : null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (empty || busy) return;
    setBusy(true);
    // The HTML is used only while the box still holds exactly what was pasted.
    const html = pasted && pasted.text.replace(/\r\n?/g, '\n') === text ? pasted.html : undefined;
    const ok = await onUse(text, html);
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
          Paste the article as it stands, or import it from a file (.txt, .md, .docx, .html), or drop the file onto this
          window. Factdesk keeps this version; when you bring in an edited draft later, your claims move with the text.
        </p>
      </div>
      <textarea
        id="draft-text"
        className="draft-textarea"
        value={text}
        readOnly={readOnly}
        spellCheck={false}
        aria-describedby="draft-text-help"
        onPaste={onPaste}
        onChange={(e) => setText(e.target.value)}
        placeholder="Paste the draft here..."
      />
      <div className="draft-input-actions">
        <span className="field-help">
          {empty ? 'Nothing pasted yet.' : `${text.trim().split(/\s+/u).length.toLocaleString()} words`}
        </span>
        <div className="draft-input-buttons">
          <button type="button" className="button" disabled={readOnly} onClick={onImportFile}>
            <Icon name="doc" />
            Import a file...
            {importKeys && <kbd className="kbd">{importKeys}</kbd>}
          </button>
          <button type="submit" className="button button-primary" disabled={readOnly || busy || empty}>
            {busy ? 'Saving draft...' : 'Use this draft'}
          </button>
        </div>
      </div>
    </form>
  );
}
