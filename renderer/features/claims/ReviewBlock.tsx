// "Needs review" in the claim inspector: a shared story's claim whose status two people changed apart. Both sides are
// listed (who, which status, when, on which device); the claim blocks publication until someone decides, with one
// button per status set.
import type { ClaimReviewView } from '../../../shared/model/review';
import { findStatus } from '../../../shared/model/status';
import type { StatusDef } from '../../../shared/model/status';
import { formatWhen } from '../../../shared/text/format-when';

export interface ReviewBlockProps {
  review: ClaimReviewView;
  statuses: StatusDef[];
  /** Absent while the story is not syncing here (or the project is read-only): the sides are shown, not decided. */
  onDecide?: (status: string) => void;
}

export function ReviewBlock({ review, statuses, onDecide }: ReviewBlockProps) {
  const choices = [...new Set(review.events.map((e) => e.status))];
  return (
    <div className="inspector-block review-block" role="group" aria-labelledby="review-title">
      <h3 className="subsection-title" id="review-title">
        Needs review
      </h3>
      <p className="field-help">
        Its status was changed on two machines without either seeing the other. It blocks publication until someone
        decides.
      </p>
      <ul className="review-sides">
        {review.events.map((e) => (
          <li key={e.eventId}>
            <strong>{e.by}</strong> set it to <strong>{findStatus(statuses, e.status).label}</strong>,{' '}
            {formatWhen(e.at)}, on {e.device}
          </li>
        ))}
      </ul>
      {onDecide ? (
        <div className="review-actions">
          {choices.map((status) => (
            <button key={status} type="button" className="button" onClick={() => onDecide(status)}>
              Decide: {findStatus(statuses, status).label}
            </button>
          ))}
        </div>
      ) : (
        <p className="field-help">Deciding needs the story to be syncing on this computer.</p>
      )}
    </div>
  );
}
