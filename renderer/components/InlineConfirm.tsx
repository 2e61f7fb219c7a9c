// The question a destructive button asks in place before it acts (delete a claim, remove a source, unlink one):
// a sentence saying what goes and what is kept, then Keep and the action itself.
import type { Ref } from 'react';

export interface InlineConfirmProps {
  /** Names the group for screen readers ("Delete claim 3?"). */
  label: string;
  text: string;
  /** The action's button label ("Delete", "Remove", "Unlink"). */
  action: string;
  onKeep: () => void;
  onConfirm: () => void;
  /** The Keep button, for a caller that moves focus to it. */
  keepRef?: Ref<HTMLButtonElement>;
  /** An area class that refines the box where it sits ("claim-confirm"). */
  className?: string;
}

/** A group: the sentence, Keep, then the action as a danger button. */
export function InlineConfirm({ label, text, action, onKeep, onConfirm, keepRef, className }: InlineConfirmProps) {
  return (
    <div className={className ? `inline-confirm ${className}` : 'inline-confirm'} role="group" aria-label={label}>
      <span>{text}</span>
      <button ref={keepRef} type="button" className="button button-small" onClick={onKeep}>
        Keep
      </button>
      <button type="button" className="button button-small button-danger" onClick={onConfirm}>
        {action}
      </button>
    </div>
  );
}
