// One claim in the Claims list: number, excerpt, kind, status select and delete (with a confirmation); the selected
// one opens its inspector. Memoised on what it shows, so a change to one claim redraws one item.
import { memo, useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { Claim, ClaimPatch } from '../../../shared/model/claim';
import { CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';
import { Icon } from '../../components/Icon';
import { InlineConfirm } from '../../components/InlineConfirm';
import { ClaimInspector } from './ClaimInspector';
import { excerpt } from './claims-format';

export interface ClaimItemProps {
  claim: Claim;
  number: number;
  statuses: StatusDef[];
  /** Changes when the vocabulary changes (the statuses array is new with every view). */
  statusesKey: string;
  people: string[];
  selected: boolean;
  readOnly: boolean;
  onSelect: (claimId: string | null) => void;
  onUpdate: (claimId: string, patch: ClaimPatch) => void;
  onDelete: (claimId: string) => void;
  onReattach: (claimId: string) => void;
  onEditPeople: () => void;
  /** Settles a claim that needs review (a shared story that syncs here). */
  onDecide?: (claimId: string, status: string) => void;
  /** Show "Re-attach to selection" on the item itself (the Orphans view). */
  reattachInline?: boolean;
}

/** What a claim item shows, as one string: equal keys draw the same item. */
export function claimKey(claim: Claim): string {
  const a = claim.anchor;
  const review = claim.review?.events.map((e) => e.eventId).join(',') ?? '';
  return `${claim.id}|${claim.updatedAt}|${claim.history.length}|${claim.status}|${a.state}|${a.start}|${a.end}|${a.exact.length}|${review}`;
}

const ANCHOR_NOTES: Record<string, string> = {
  changed: 'Text changed in this draft',
  orphaned: 'Not found in this draft',
};

/** A listitem; the status select is labelled "Status of claim <n>". */
export const ClaimItem = memo(
  function ClaimItem({
    claim,
    number,
    statuses,
    people,
    selected,
    readOnly,
    onSelect,
    onUpdate,
    onDelete,
    onReattach,
    onEditPeople,
    onDecide,
    reattachInline,
  }: ClaimItemProps) {
    const [confirming, setConfirming] = useState(false);
    const ref = useRef<HTMLLIElement>(null);
    const keepRef = useRef<HTMLButtonElement>(null);
    const deleteRef = useRef<HTMLButtonElement>(null);
    const wasConfirming = useRef(false);
    const status = findStatus(statuses, claim.status);
    const known = statuses.some((s) => s.id === claim.status);
    const anchorNote = ANCHOR_NOTES[claim.anchor.state];

    useEffect(() => {
      if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
    }, [selected]);

    useEffect(() => {
      if (confirming) keepRef.current?.focus();
      else if (wasConfirming.current) deleteRef.current?.focus();
      wasConfirming.current = confirming;
    }, [confirming]);

    return (
      <li
        ref={ref}
        className={`pane-card claim-item${selected ? ' is-selected' : ''}`}
        style={{ '--claim-color': status.color } as CSSProperties}
        data-claim-id={claim.id}
      >
        <div className="claim-top">
          <button
            type="button"
            className="claim-open"
            aria-expanded={selected}
            onClick={() => onSelect(selected ? null : claim.id)}
          >
            <span className="claim-number" aria-hidden="true">
              {number}
            </span>
            <span className="claim-excerpt">
              <span className="visually-hidden">Claim {number}: </span>
              {excerpt(claim.anchor.exact)}
            </span>
          </button>
          {!readOnly && !confirming && (
            <button
              ref={deleteRef}
              type="button"
              className="icon-button claim-delete"
              aria-label={`Delete claim ${number}`}
              title="Delete claim"
              onClick={() => setConfirming(true)}
            >
              <Icon name="trash" />
            </button>
          )}
        </div>
        <div className="claim-meta">
          <span className="claim-kind">{CLAIM_KIND_LABELS[claim.kind]}</span>
          {anchorNote && <span className={`claim-anchor anchor-${claim.anchor.state}`}>{anchorNote}</span>}
          {reattachInline && !readOnly && (
            <button
              type="button"
              className="button button-small"
              aria-label={`Re-attach claim ${number} to selection`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onReattach(claim.id)}
            >
              Re-attach to selection
            </button>
          )}
          <span className="claim-status">
            <span className="status-dot" aria-hidden="true" />
            <select
              className="select"
              aria-label={`Status of claim ${number}`}
              value={claim.status}
              disabled={readOnly}
              onChange={(e) => onUpdate(claim.id, { status: e.target.value })}
            >
              {!known && <option value={claim.status}>{status.label}</option>}
              {statuses.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </span>
        </div>
        {confirming && (
          <InlineConfirm
            className="claim-confirm"
            label={`Delete claim ${number}?`}
            text={`Delete claim ${number}? Its notes and history go with it.`}
            action="Delete"
            keepRef={keepRef}
            onKeep={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              onDelete(claim.id);
            }}
          />
        )}
        {selected && (
          <ClaimInspector
            claim={claim}
            number={number}
            statuses={statuses}
            people={people}
            readOnly={readOnly}
            onUpdate={(patch) => onUpdate(claim.id, patch)}
            onReattach={() => onReattach(claim.id)}
            onEditPeople={onEditPeople}
            {...(onDecide ? { onDecide: (status: string) => onDecide(claim.id, status) } : {})}
          />
        )}
      </li>
    );
  },
  (a, b) =>
    claimKey(a.claim) === claimKey(b.claim) &&
    a.number === b.number &&
    a.statusesKey === b.statusesKey &&
    a.people.join('\n') === b.people.join('\n') &&
    a.selected === b.selected &&
    a.readOnly === b.readOnly &&
    a.reattachInline === b.reattachInline &&
    a.onSelect === b.onSelect &&
    a.onUpdate === b.onUpdate &&
    a.onDecide === b.onDecide,
);
