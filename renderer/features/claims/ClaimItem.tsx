// One claim in the Claims list: number, excerpt, kind, status select and delete (with a confirmation).
import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { Claim, ClaimPatch } from '../../../shared/model/claim';
import { CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';
import { Icon } from '../../components/Icon';
import { ClaimDetails } from './ClaimDetails';
import { excerpt } from './claims-format';

export interface ClaimItemProps {
  claim: Claim;
  number: number;
  statuses: StatusDef[];
  selected: boolean;
  readOnly: boolean;
  onSelect: () => void;
  onUpdate: (patch: ClaimPatch) => void;
  onDelete: () => void;
}

const ANCHOR_NOTES: Record<string, string> = {
  changed: 'Text changed in this draft',
  orphaned: 'Not found in this draft',
};

/** A listitem; the status select is labelled "Status of claim <n>". */
export function ClaimItem({
  claim,
  number,
  statuses,
  selected,
  readOnly,
  onSelect,
  onUpdate,
  onDelete,
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
      className={`claim-item${selected ? ' is-selected' : ''}`}
      style={{ '--claim-color': status.color } as CSSProperties}
      data-claim-id={claim.id}
    >
      <div className="claim-top">
        <button type="button" className="claim-open" aria-expanded={selected} onClick={onSelect}>
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
        <span className="claim-status">
          <span className="status-dot" aria-hidden="true" />
          <select
            className="select"
            aria-label={`Status of claim ${number}`}
            value={claim.status}
            disabled={readOnly}
            onChange={(e) => onUpdate({ status: e.target.value })}
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
        <div className="claim-confirm" role="group" aria-label={`Delete claim ${number}?`}>
          <span>Delete claim {number}? Its notes and history go with it.</span>
          <button ref={keepRef} type="button" className="button button-small" onClick={() => setConfirming(false)}>
            Keep
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => {
              setConfirming(false);
              onDelete();
            }}
          >
            Delete
          </button>
        </div>
      )}
      {selected && (
        <ClaimDetails claim={claim} number={number} statuses={statuses} readOnly={readOnly} onUpdate={onUpdate} />
      )}
    </li>
  );
}
