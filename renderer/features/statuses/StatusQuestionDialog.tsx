// The question asked before a claim gets a status that says it was checked while no source is attached to it
// ("Verified" with nothing to show for it): the change is made only on a clear yes.
import { useId } from 'react';
import { Dialog } from '../../components/Dialog';

export interface StatusQuestionDialogProps {
  question: string;
  /** The status the claim would get, for the button ("Mark Verified"). */
  statusLabel: string;
  /** The answer that changes nothing: "Keep the status" (one claim), "Keep their statuses" (several). */
  keepLabel?: string;
  onAnswer: (yes: boolean) => void;
}

/** An alert dialog with the question, "Keep the status" (focused) and "Mark <status>". The Desk asks it too, for the
 *  claims ticked together. */
export function StatusQuestionDialog({
  question,
  statusLabel,
  keepLabel = 'Keep the status',
  onAnswer,
}: StatusQuestionDialogProps) {
  const textId = useId();
  return (
    <Dialog title="No source attached" role="alertdialog" describedBy={textId} onClose={() => onAnswer(false)}>
      {/* Keys pressed here answer the question; they never reach the draft's status keys behind it. */}
      <div className="dialog-body" onKeyDown={(e) => e.stopPropagation()}>
        <p id={textId}>{question}</p>
        <p className="field-help">
          Attach the passage or document that backs the claim from the Sources tab, or make a source a rule for this
          status in Statuses (&quot;needs a source&quot;).
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" data-autofocus onClick={() => onAnswer(false)}>
            {keepLabel}
          </button>
          <button type="button" className="button button-primary" onClick={() => onAnswer(true)}>
            Mark {statusLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
