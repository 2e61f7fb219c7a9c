// The selected claim's details: its kind, notes (saved when the field loses focus) and the history of changes.
import { useState } from 'react';
import type { Claim, ClaimKind, ClaimPatch } from '../../../shared/model/claim';
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { formatWhen } from '../welcome/welcome-state';
import { describeHistory } from './claims-format';

export interface ClaimDetailsProps {
  claim: Claim;
  number: number;
  statuses: StatusDef[];
  readOnly: boolean;
  onUpdate: (patch: ClaimPatch) => void;
}

/** Kind, notes and history of one claim. */
export function ClaimDetails({ claim, number, statuses, readOnly, onUpdate }: ClaimDetailsProps) {
  const [notes, setNotes] = useState(claim.notes);
  const [savedNotes, setSavedNotes] = useState(claim.notes);
  // Notes saved elsewhere (another window, a reload) replace the field unless the user is editing it.
  if (claim.notes !== savedNotes) {
    setSavedNotes(claim.notes);
    if (notes === savedNotes) setNotes(claim.notes);
  }
  const notesId = `notes-${claim.id}`;
  const history = [...claim.history].reverse();

  return (
    <div className="claim-details">
      <div className="field field-inline">
        <label htmlFor={`kind-${claim.id}`}>Kind</label>
        <select
          id={`kind-${claim.id}`}
          className="select"
          aria-label={`Kind of claim ${number}`}
          value={claim.kind}
          disabled={readOnly}
          onChange={(e) => onUpdate({ kind: e.target.value as ClaimKind })}
        >
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {CLAIM_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={notesId}>Notes</label>
        <textarea
          id={notesId}
          className="claim-notes"
          aria-label={`Notes for claim ${number}`}
          value={notes}
          readOnly={readOnly}
          rows={3}
          maxLength={100_000}
          placeholder="What was checked, with whom, what is still open..."
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => {
            if (notes !== claim.notes) onUpdate({ notes });
          }}
        />
        <p className="field-help">Saved when you leave the field.</p>
      </div>
      <div className="claim-history">
        <h3 className="subsection-title">History</h3>
        <ol className="history-list">
          {history.map((entry, i) => (
            <li key={`${entry.at}-${i}`} className="history-entry">
              <span className="history-who">{entry.by}</span> {describeHistory(entry, statuses)}
              <time className="history-when" dateTime={entry.at}>
                {formatWhen(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
