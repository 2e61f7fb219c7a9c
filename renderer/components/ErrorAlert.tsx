// Shows an Api error's sentence as role=alert, with an optional button to dismiss it.
import { Icon } from './Icon';

/** Renders nothing when `message` is null. */
export function ErrorAlert({ message, onDismiss }: { message: string | null; onDismiss?: () => void }) {
  if (!message) return null;
  return (
    <div role="alert" className="banner banner-error">
      <Icon name="alert" className="banner-icon" />
      <p className="banner-text">{message}</p>
      {onDismiss && (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
