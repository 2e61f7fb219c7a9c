// The Claims region: every claim in draft order with its status; the selected one opens its inspector.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Claim, ClaimPatch } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { ClaimItem } from './ClaimItem';

export interface ClaimsPanelProps {
  claims: Claim[];
  /** 1-based position of each claim in draft order (the numbers the Claims list shows). */
  numbers: ReadonlyMap<string, number>;
  statuses: StatusDef[];
  people: string[];
  selectedClaimId: string | null;
  readOnly: boolean;
  /** Names the region ("Claims", or "Orphaned claims" for the Orphans view). */
  label: string;
  empty: { title: string; text: ReactNode };
  /** A line above the list (how re-attaching works, in the Orphans view). */
  lead?: ReactNode;
  reattachInline?: boolean;
  onSelect: (claimId: string | null) => void;
  onUpdate: (claimId: string, patch: ClaimPatch) => void;
  onDelete: (claimId: string) => void;
  onReattach: (claimId: string) => void;
  onEditPeople: () => void;
  /** Settles a claim that needs review (a shared story that syncs here). */
  onDecide?: (claimId: string, status: string) => void;
}

/** A region holding the list (claims must already be in draft order). */
export function ClaimsPanel(props: ClaimsPanelProps) {
  const { claims, numbers, statuses, label } = props;
  const statusesKey = useMemo(() => statuses.map((s) => `${s.id}:${s.label}:${s.color}`).join('|'), [statuses]);
  return (
    <section className="claims-pane-body" aria-label={label}>
      {props.lead && claims.length > 0 && <p className="suggestions-help">{props.lead}</p>}
      <div className="claims-scroll">
        {claims.length === 0 ? (
          <div className="empty-state claims-empty">
            <p className="empty-title">{props.empty.title}</p>
            <p>{props.empty.text}</p>
          </div>
        ) : (
          <ol className="pane-list claim-list">
            {claims.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                number={numbers.get(claim.id) ?? 0}
                statuses={statuses}
                statusesKey={statusesKey}
                people={props.people}
                selected={claim.id === props.selectedClaimId}
                readOnly={props.readOnly}
                onSelect={props.onSelect}
                onUpdate={props.onUpdate}
                onDelete={props.onDelete}
                onReattach={props.onReattach}
                onEditPeople={props.onEditPeople}
                {...(props.onDecide ? { onDecide: props.onDecide } : {})}
                reattachInline={props.reattachInline}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
