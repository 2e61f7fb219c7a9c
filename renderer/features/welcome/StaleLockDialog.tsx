// Asks before taking over a project lock that looks abandoned (its owner stopped updating it).
import { Dialog } from '../../components/Dialog';

export interface StaleLockDialogProps {
  question: string;
  busy: boolean;
  onAnswer: (answer: 'take-over' | 'read-only' | 'cancel') => void;
}

/** "<user> on <host> has had this project open since <time>, last seen at <time>; ... Take it over?" */
export function StaleLockDialog({ question, busy, onAnswer }: StaleLockDialogProps) {
  return (
    <Dialog
      title="Take over this project?"
      role="alertdialog"
      describedBy="stale-lock-question"
      onClose={() => onAnswer('cancel')}
    >
      <div className="dialog-body">
        <p id="stale-lock-question" className="dialog-lead">
          {question}
        </p>
        <p className="field-help">
          Take it over only if nobody is still working on it. Opening read-only changes nothing.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onAnswer('cancel')}>
            Cancel
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onAnswer('read-only')}>
            Open read-only
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => onAnswer('take-over')}>
            Take over
          </button>
        </div>
      </div>
    </Dialog>
  );
}
