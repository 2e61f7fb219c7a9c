// Shows an Api error's sentence as role=alert, with an optional button to dismiss it.
import { Icon } from './Icon';

/** Renders nothing when `message` is null. `action` adds one button that offers a way out (e.g. restore a backup). */
export function ErrorAlert({
  message,
  onDismiss,
  action,
}: {
  message: string | null;
  onDismiss?: () => void;
  action?: { label: string; run: () => void } | null;
}) {
  if (!message) return null;
  return (
    <div role="alert" className={`banner banner-error${action ? ' banner-stacked' : ''}`}>
      <Icon name="alert" className="banner-icon" />
      <p className="banner-text">{message}</p>
      {action && (
        <button type="button" className="button" onClick={action.run}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
