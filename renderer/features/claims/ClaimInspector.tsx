// The selected claim's inspector: its words in the draft (when a new version changed them, the previous and the new
// words side by side with a word diff; when they were lost, "Re-attach to selection"), kind, assignee, notes and the
// history nobody can edit.
import { useMemo, useState } from 'react';
import type { Claim, ClaimKind, ClaimPatch } from '../../../shared/model/claim';
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { diffWords, summarizeDiff } from '../../../shared/text/word-diff';
import { WordDiff } from '../../components/WordDiff';
import { ClaimSources } from '../sources/ClaimSources';
import { formatWhen } from '../../../shared/text/format-when';
import { describeHistory } from './claims-format';
import { ReviewBlock } from './ReviewBlock';

export interface ClaimInspectorProps {
  claim: Claim;
  number: number;
  statuses: StatusDef[];
  people: string[];
  readOnly: boolean;
  onUpdate: (patch: ClaimPatch) => void;
  onReattach: () => void;
  onEditPeople: () => void;
  /** Settles a claim that needs review with a status; absent while the story is not syncing here. */
  onDecide?: (status: string) => void;
}

/** The id of a claim's inspector, so Enter in the draft can move focus to it. */
export function inspectorId(claimId: string): string {
  return `inspector-${claimId}`;
}

function ChangedText({ before, after }: { before: string; after: string }) {
  const ops = useMemo(() => diffWords(before, after), [before, after]);
  const summary = useMemo(() => summarizeDiff(ops), [ops]);
  return (
    <div className="inspector-block">
      <h3 className="subsection-title">Text changed in this version</h3>
      <dl className="changed-pair">
        <div className="changed-side">
          <dt>Previous version</dt>
          <dd>
            <blockquote className="inspector-quote is-previous">{before}</blockquote>
          </dd>
        </div>
        <div className="changed-side">
          <dt>This version</dt>
          <dd>
            <blockquote className="inspector-quote">{after}</blockquote>
          </dd>
        </div>
      </dl>
      <p className="field-help">
        {summary.wordsAdded} {summary.wordsAdded === 1 ? 'word' : 'words'} added, {summary.wordsRemoved}{' '}
        {summary.wordsRemoved === 1 ? 'word' : 'words'} removed since the previous version.
      </p>
      <WordDiff ops={ops} className="inspector-diff" />
    </div>
  );
}

/** A region named "Claim inspector", focusable so Enter in the draft can move there. */
export function ClaimInspector(props: ClaimInspectorProps) {
  const { claim, number, statuses, people, readOnly, onUpdate } = props;
  const [notes, setNotes] = useState(claim.notes);
  const [savedNotes, setSavedNotes] = useState(claim.notes);
  // Notes saved elsewhere (another window, a reload) replace the field unless the user is editing it.
  if (claim.notes !== savedNotes) {
    setSavedNotes(claim.notes);
    if (notes === savedNotes) setNotes(claim.notes);
  }
  const history = [...claim.history].reverse();
  const assignees = claim.assignee && !people.includes(claim.assignee) ? [...people, claim.assignee] : people;
  const state = claim.anchor.state;
  const previous = state === 'changed' ? claim.anchor.previousExact : undefined;

  return (
    <section id={inspectorId(claim.id)} className="claim-details" aria-label="Claim inspector" tabIndex={-1}>
      {claim.review && claim.review.events.length > 1 && (
        <ReviewBlock
          review={claim.review}
          statuses={statuses}
          {...(props.onDecide && !readOnly ? { onDecide: props.onDecide } : {})}
        />
      )}
      {previous === undefined ? (
        <div className="inspector-block">
          <h3 className="subsection-title">{state === 'orphaned' ? 'Last seen as' : 'Text in the draft'}</h3>
          <blockquote className="inspector-quote">{claim.anchor.exact}</blockquote>
        </div>
      ) : (
        <ChangedText before={previous} after={claim.anchor.exact} />
      )}
      {state === 'orphaned' && (
        <div className="inspector-block inspector-orphan">
          <p>
            These words are not in the current draft. Select the text the claim belongs to in the draft, then re-attach
            it.
          </p>
          <button
            type="button"
            className="button"
            disabled={readOnly}
            onMouseDown={(e) => e.preventDefault()}
            onClick={props.onReattach}
          >
            Re-attach to selection
          </button>
        </div>
      )}
      <ClaimSources claim={claim} number={number} readOnly={readOnly} />
      <div className="inspector-fields">
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
        <label htmlFor={`assignee-${claim.id}`}>Assignee</label>
        <div className="field-row">
          <select
            id={`assignee-${claim.id}`}
            className="select"
            aria-label={`Assignee of claim ${number}`}
            value={claim.assignee ?? ''}
            disabled={readOnly}
            onChange={(e) => onUpdate({ assignee: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">Nobody</option>
            {assignees.map((person) => (
              <option key={person} value={person}>
                {person}
              </option>
            ))}
          </select>
          {!readOnly && (
            <button type="button" className="link-button" onClick={props.onEditPeople}>
              {people.length === 0 ? 'Add people...' : 'Edit people...'}
            </button>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`notes-${claim.id}`}>Notes</label>
        <textarea
          id={`notes-${claim.id}`}
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
        <ol className="history-list" aria-label={`History of claim ${number}`}>
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
    </section>
  );
}
