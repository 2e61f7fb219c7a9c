// Single keys for the selected claim while the user is not typing: Enter opens it in the inspector (focus moves
// there) and 1-9 set its status to the n-th status of the project's vocabulary.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../app/use-keyboard';
import { statusForDigit } from '../draft/claim-navigation';
import type { StatusDef } from '../../../shared/model/status';

export interface ClaimKeysHost {
  /** False while a dialog is open or no project draft is on show. */
  enabled: boolean;
  selectedClaimId: string | null;
  statuses: StatusDef[];
  readOnly: boolean;
  openInspector: (claimId: string) => void;
  setStatus: (claimId: string, status: StatusDef) => void;
}

/**
 * Enter only counts where it has no meaning of its own: on the page itself, in the draft text, or on the Claims
 * panel itself (where "Show claims" puts the keyboard).
 */
function enterTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target.id === 'tabpanel-claims') return true;
  return target.closest('.draft-scroll') !== null && target.closest('button, a, [role="tab"]') === null;
}

/** Listens on the window for Enter and 1-9. */
export function useClaimKeys(host: ClaimKeysHost): void {
  const latest = useRef(host);
  useEffect(() => {
    latest.current = host;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const h = latest.current;
      if (!h.enabled || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const claimId = h.selectedClaimId;
      if (!claimId) return;
      if (event.key === 'Enter' && enterTarget(event.target)) {
        event.preventDefault();
        h.openInspector(claimId);
        return;
      }
      const status = statusForDigit(h.statuses, event.key);
      if (
        status &&
        !h.readOnly &&
        !(event.target instanceof Element && event.target.closest('[role="tablist"], .suggestion-list'))
      ) {
        event.preventDefault();
        h.setStatus(claimId, status);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
