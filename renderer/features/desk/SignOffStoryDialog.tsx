// Asked before signing off a story that claims still block, or selected claims that still block publication: lists
// each blocking claim (number, words, why it blocks) so the editor decides knowing what is open. Cancel is the first
// choice; Escape cancels.
import { Dialog } from '../../components/Dialog';
import { inQuotationMarks } from '../../../shared/appendix/text';
import { claimsSignOffTitle, signOffAnywayLabel, storySignOffTitle } from './story-sign-off';
import type { StoryBlocker } from './story-sign-off';

export interface SignOffStoryDialogProps {
  blockers: readonly StoryBlocker[];
  /** How many claims are being signed off; null for the story. */
  selected: number | null;
  userName: string;
  busy: boolean;
  onSignOff: () => void;
  onCancel: () => void;
}

/** The sign-off question with the list of open blockers. */
export function SignOffStoryDialog({
  blockers,
  selected,
  userName,
  busy,
  onSignOff,
  onCancel,
}: SignOffStoryDialogProps) {
  const n = blockers.length;
  const open = n === 1 ? 'this claim' : `these ${n} claims`;
  const what =
    selected === null
      ? `Signing off the story records that ${userName} approves it as it is now, with ${open} still open. Until ${n === 1 ? 'it is' : 'they are'} cleared, the header says the story was signed off with open blockers.`
      : `Signing off ${selected === 1 ? 'this claim' : 'the selected claims'} records that ${userName} approves ${selected === 1 ? 'it' : 'them'} as ${selected === 1 ? 'it is' : 'they are'} now, with ${open} still open.`;
  return (
    <Dialog
      title={selected === null ? storySignOffTitle(n) : claimsSignOffTitle(n, selected)}
      onClose={onCancel}
      className="dialog-wide signoff-dialog"
      describedBy="signoff-question"
    >
      <div className="dialog-body">
        <p id="signoff-question" className="dialog-lead">
          {what}
        </p>
        <ol className="signoff-blockers" aria-label="Claims that block publication">
          {blockers.map((b) => (
            <li key={b.claimId} className="signoff-blocker">
              <span className="signoff-blocker-num">Claim {b.number}</span>
              <span className="signoff-blocker-text">{inQuotationMarks(b.excerpt)}</span>
              <span className="signoff-blocker-why">{b.reason}</span>
            </li>
          ))}
        </ol>
        <div className="dialog-actions">
          <button type="button" className="button" data-autofocus onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={onSignOff}>
            {signOffAnywayLabel(n)}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
