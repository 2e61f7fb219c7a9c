// A modal dialog on the native <dialog> element: focus is kept inside (Tab wraps around), Escape closes, the title
// names it.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** What Tab moves between inside a dialog. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra class for sizing ("dialog-wide", "dialog-palette"). */
  className?: string;
  /** 'alertdialog' for questions that interrupt (taking over a lock). */
  role?: 'dialog' | 'alertdialog';
  /** Hide the visible heading (the palette names itself but shows only its input). */
  hideTitle?: boolean;
  describedBy?: string;
}

/**
 * Shown while mounted. The element marked data-autofocus receives focus, else the first field; focus returns to
 * where it was when the dialog closes (or to the control with the same data-focus-key, if that one is gone).
 */
export function Dialog({ title, onClose, children, className, role, hideTitle, describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, textarea, select, button:not(.dialog-close)');
    first?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      latestClose.current();
    };
    // A modal <dialog> makes the page behind it inert, but Tab still leaves it for the browser's own controls: wrap
    // around instead, so focus stays in the dialog until it closes.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.defaultPrevented) return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => !el.closest('[inert]') && el.getClientRects().length > 0,
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      const at = document.activeElement;
      if (event.shiftKey && (at === first || !dialog.contains(at))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (at === last || !dialog.contains(at))) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
      // The control that opened it may have been drawn anew meanwhile (the empty list's "Add source..." becomes the
      // list's once a source is added): its stand-in, marked with the same data-focus-key, takes focus instead.
      else if (returnTo?.dataset.focusKey) {
        document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(returnTo.dataset.focusKey)}"]`)?.focus();
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <div className="dialog-head">
        <h2 id={titleId} className={hideTitle ? 'visually-hidden' : 'dialog-title'}>
          {title}
        </h2>
        {!hideTitle && (
          <button type="button" className="icon-button dialog-close" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
      </div>
      {children}
    </dialog>
  );
}

/** The row at the foot of a form dialog: Cancel, then the form's submit button. */
export function FormActions({
  onCancel,
  submitLabel,
  disabled,
}: {
  onCancel: () => void;
  submitLabel: ReactNode;
  /** The submit button is off (busy, or nothing to submit yet). */
  disabled?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}

/** The row at the foot of a dialog that only shows something: one button that closes it ("Done", "Close"). */
export function CloseActions({ onClose, label, quiet }: { onClose: () => void; label: string; quiet?: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" className={quiet ? 'button' : 'button button-primary'} onClick={onClose}>
        {label}
      </button>
    </div>
  );
}
