// Attach a passage (or a whole source) to the selected claim: the relation (supports, contradicts, context), a
// pinpoint prefilled with the passage's own, and a note.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { LINK_RELATIONS } from '../../../shared/model/claim';
import type { LinkRelation } from '../../../shared/model/claim';
import { Dialog, FormActions } from '../../components/Dialog';
import { excerpt } from '../claims/claims-format';
import { libraryLabel } from './library-state';
import type { AttachInput, AttachTarget } from './use-library';

export const RELATION_LABELS: Record<LinkRelation, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Gives context',
};

export interface AttachDialogProps {
  target: AttachTarget;
  claimNumber: number;
  claimText: string;
  onAttach: (input: AttachInput) => Promise<boolean>;
  onClose: () => void;
}

/** A dialog named "Attach to claim <n>". */
export function AttachDialog({ target, claimNumber, claimText, onAttach, onClose }: AttachDialogProps) {
  const [relation, setRelation] = useState<LinkRelation>('supports');
  const [pinpoint, setPinpoint] = useState(target.pinpoint);
  const [note, setNote] = useState(target.note ?? '');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const done = await onAttach({ relation, pinpoint, note });
    if (!done) setBusy(false);
  }

  return (
    <Dialog title={`Attach to claim ${claimNumber}`} onClose={onClose} className="dialog-wide">
      <form className="dialog-body" onSubmit={(e) => void submit(e)}>
        <div className="attach-pair">
          <p className="attach-claim">
            <span className="subsection-title">Claim {claimNumber}</span>
            <span>{excerpt(claimText, 200)}</span>
          </p>
          <div className="attach-passage">
            <span className="subsection-title">
              {target.sourceTitle}
              {target.pinpoint ? ` · ${target.pinpoint}` : ''} · {libraryLabel(target.library)}
            </span>
            <blockquote className="attach-quote">
              {target.text ? excerpt(target.text, 400) : 'The whole source'}
            </blockquote>
          </div>
        </div>
        <fieldset className="fieldset">
          <legend>The passage</legend>
          <div className="radio-row">
            {LINK_RELATIONS.map((r, i) => (
              <label key={r} className="radio">
                <input
                  type="radio"
                  name={`${id}-relation`}
                  checked={relation === r}
                  data-autofocus={i === 0 ? true : undefined}
                  onChange={() => setRelation(r)}
                />
                {RELATION_LABELS[r]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-pinpoint`}>Pinpoint</label>
          <input
            id={`${id}-pinpoint`}
            value={pinpoint}
            maxLength={200}
            placeholder="00:01:02, p. 4, ¶ 12"
            onChange={(e) => setPinpoint(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            maxLength={20_000}
            placeholder="What the passage shows, what still needs checking..."
            onChange={(e) => setNote(e.target.value)}
          />
          {target.library === 'personal' && (
            <p className="field-help">
              The passage is copied into this project, so the project keeps it even without your library.
            </p>
          )}
        </div>
        <FormActions onCancel={onClose} submitLabel="Attach" disabled={busy} />
      </form>
    </Dialog>
  );
}
