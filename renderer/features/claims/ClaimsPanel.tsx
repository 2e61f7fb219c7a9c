// The Claims region: every claim in draft order with its status; the selected one shows notes and history.
import type { Claim, ClaimPatch } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { ClaimItem } from './ClaimItem';

export interface ClaimsPanelProps {
  claims: Claim[];
  statuses: StatusDef[];
  selectedClaimId: string | null;
  readOnly: boolean;
  markKeys: string;
  onSelect: (claimId: string | null) => void;
  onUpdate: (claimId: string, patch: ClaimPatch) => void;
  onDelete: (claimId: string) => void;
}

/** A region named "Claims" holding the list (claims must already be in draft order). */
export function ClaimsPanel({
  claims,
  statuses,
  selectedClaimId,
  readOnly,
  markKeys,
  onSelect,
  onUpdate,
  onDelete,
}: ClaimsPanelProps) {
  return (
    <section className="pane claims-pane" aria-label="Claims">
      <div className="pane-toolbar">
        <h2 className="pane-title">Claims</h2>
        <span className="count-badge" aria-label={`${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}`}>
          {claims.length}
        </span>
      </div>
      <div className="claims-scroll">
        {claims.length === 0 ? (
          <div className="empty-state claims-empty">
            <p className="empty-title">No claims yet</p>
            <p>
              Select the words of a statement that needs checking in the draft (a quote, a number, a date, an
              attribution) and press <strong>Mark as claim</strong> or <kbd className="kbd">{markKeys}</kbd>. Each claim
              gets a status you can track here.
            </p>
          </div>
        ) : (
          <ol className="claim-list">
            {claims.map((claim, i) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                number={i + 1}
                statuses={statuses}
                selected={claim.id === selectedClaimId}
                readOnly={readOnly}
                onSelect={() => onSelect(claim.id === selectedClaimId ? null : claim.id)}
                onUpdate={(patch) => onUpdate(claim.id, patch)}
                onDelete={() => onDelete(claim.id)}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
