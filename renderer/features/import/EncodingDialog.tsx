// Asks which 8-bit encoding a text file is in when it is neither UTF-8 nor UTF-16 with a byte order mark.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog, FormActions } from '../../components/Dialog';
import { ENCODING_CHOICES } from './import-state';
import type { EncodingChoice } from './import-state';

export interface EncodingDialogProps {
  fileName: string;
  message: string;
  choices: EncodingChoice[];
  onChoose: (encoding: EncodingChoice) => void;
  onCancel: () => void;
}

/** A dialog named "Choose the text encoding" with one radio per encoding, Import and Cancel. */
export function EncodingDialog({ fileName, message, choices, onChoose, onCancel }: EncodingDialogProps) {
  const [choice, setChoice] = useState<EncodingChoice>(choices[0] ?? 'windows-1252');
  const offered = ENCODING_CHOICES.filter((c) => choices.includes(c.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose(choice);
  }

  return (
    <Dialog title="Choose the text encoding" onClose={onCancel} describedBy="encoding-lead">
      <form className="dialog-body" onSubmit={submit}>
        <p id="encoding-lead" className="dialog-lead">
          {message}
        </p>
        <fieldset className="field fieldset">
          <legend>Encoding of {fileName}</legend>
          <div className="radio-column">
            {offered.map((c, i) => (
              <label key={c.id} className="radio">
                <input
                  type="radio"
                  name="encoding"
                  value={c.id}
                  checked={choice === c.id}
                  data-autofocus={i === 0 ? true : undefined}
                  onChange={() => setChoice(c.id)}
                />
                {c.label}
              </label>
            ))}
          </div>
          <p className="field-help">
            Most files saved by Word or Notepad on Windows use Windows-1252. If accented letters look wrong after the
            import, import the file again with the other encoding.
          </p>
        </fieldset>
        <FormActions onCancel={onCancel} submitLabel="Import" />
      </form>
    </Dialog>
  );
}
