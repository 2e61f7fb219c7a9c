// What a Quote check row can do: attach its matched passage as supporting (marking the quote as a claim first when
// it is not one), set its claim's status (marking it with that status when needed), and show it in the draft.
import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ProjectView, CheckedQuote } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { findStatus } from '../../../shared/model/status';
import { quoteKey } from './quote-check-state';
import { selectDraftSpan, showClaimInDraft } from './draft-span';

/** What the actions need from the project view around them. */
export interface QuoteActionHost {
  applyView(view: ProjectView): void;
  fail(message: string): void;
  announce(message: string): void;
  hint(message: string | null): void;
  selectClaim(claimId: string | null): void;
}

export interface QuoteActions {
  /** The key (quoteKey) of the row whose action is under way, or null. */
  busyKey: string | null;
  attach(row: CheckedQuote, number: number): Promise<void>;
  setStatus(row: CheckedQuote, number: number, statusId: string): Promise<void>;
  showInDraft(row: CheckedQuote): void;
}

/** The claim that marks this quote: the check's, or one at the same place in the live view (marked just now). */
export function claimOfQuote(row: CheckedQuote, claims: readonly Claim[]): Claim | null {
  if (row.claimId) {
    const byId = claims.find((c) => c.id === row.claimId);
    if (byId) return byId;
  }
  return (
    claims.find((c) => c.anchor.state !== 'orphaned' && c.anchor.start === row.start && c.anchor.end === row.end) ??
    null
  );
}

/** True when the claim already has the row's passage as a supporting source. */
export function isAttached(row: CheckedQuote, claim: Claim | null): boolean {
  const source = row.source;
  if (!claim || !source) return false;
  return claim.links.some(
    (l) => l.relation === 'supports' && l.sourceId === source.sourceId && l.passageId === source.passageId,
  );
}

const SELECTED_HINT = 'The quote is selected in the draft: press Mark as claim to track it.';

/** Row actions for the Quote check, bound to the open project. */
export function useQuoteActions(api: Api, view: ProjectView, host: QuoteActionHost): QuoteActions {
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const { projectId, claims, statuses, readOnly } = view;
  const { applyView, fail, announce, hint, selectClaim } = host;

  /** The quote's claim id, marking the quote (with `status`, when given) if it is not a claim yet. */
  const ensureClaim = useCallback(
    async (row: CheckedQuote, status?: string): Promise<{ id: string; marked: boolean } | null> => {
      const existing = claimOfQuote(row, claims);
      if (existing) {
        if (existing.kind === 'quote') return { id: existing.id, marked: false };
        // Marked earlier as another kind: it is a direct quote, and the check only follows quote claims.
        const changed = await api.updateClaim({ projectId, claimId: existing.id, patch: { kind: 'quote' } });
        if (!changed.ok) {
          fail(changed.error.message);
          return null;
        }
        applyView(changed.value);
        return { id: existing.id, marked: false };
      }
      const marked = await api.markClaim({
        projectId,
        start: row.start,
        end: row.end,
        kind: 'quote',
        ...(status ? { status } : {}),
      });
      if (!marked.ok) {
        fail(marked.error.message);
        return null;
      }
      applyView(marked.value.view);
      return { id: marked.value.claim.id, marked: true };
    },
    [api, projectId, claims, applyView, fail],
  );

  return useMemo<QuoteActions>(() => {
    async function busy(row: CheckedQuote, work: () => Promise<void>) {
      if (readOnly) return;
      setBusyKey(quoteKey(row));
      try {
        await work();
      } finally {
        setBusyKey(null);
      }
    }
    return {
      busyKey,
      attach: (row, number) =>
        busy(row, async () => {
          const source = row.source;
          if (!source) return;
          const claim = await ensureClaim(row);
          if (!claim) return;
          const result = await api.attachSource({
            projectId,
            claimId: claim.id,
            library: source.library,
            sourceId: source.sourceId,
            passageId: source.passageId,
            relation: 'supports',
            pinpoint: source.pinpoint.slice(0, 200),
          });
          if (!result.ok) {
            fail(result.error.message);
            return;
          }
          applyView(result.value);
          announce(
            `Quote ${number}${claim.marked ? ' marked as a claim and' : ''} attached to ${source.title}${source.pinpoint ? ` at ${source.pinpoint}` : ''} as supporting.`,
          );
        }),
      setStatus: (row, number, statusId) =>
        busy(row, async () => {
          const claim = claimOfQuote(row, claims);
          const label = findStatus(statuses, statusId).label;
          if (!claim) {
            const marked = await ensureClaim(row, statusId);
            if (marked) announce(`Quote ${number} marked as a claim: ${label}.`);
            return;
          }
          const result = await api.updateClaim({ projectId, claimId: claim.id, patch: { status: statusId } });
          if (!result.ok) {
            fail(result.error.message);
            return;
          }
          applyView(result.value);
          announce(`Quote ${number}: ${label}.`);
        }),
      showInDraft: (row) => {
        const claim = claimOfQuote(row, claims);
        if (claim) {
          selectClaim(claim.id);
          showClaimInDraft(claim.id);
          return;
        }
        selectClaim(null);
        if (selectDraftSpan(row.start, row.end) && !readOnly) hint(SELECTED_HINT);
      },
    };
  }, [api, busyKey, claims, statuses, projectId, readOnly, ensureClaim, applyView, fail, announce, hint, selectClaim]);
}
