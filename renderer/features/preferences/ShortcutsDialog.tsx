// Lists every keyboard shortcut from the command table (menu shortcuts and single keys alike), plus the keys that
// work inside lists and dialogs.
import { Fragment } from 'react';
import { formatKeys } from '../../../shared/commands/keys';
import type { CommandDef } from '../../../shared/commands/commands';
import { Dialog, CloseActions } from '../../components/Dialog';

export interface ShortcutsDialogProps {
  commands: readonly CommandDef[];
  isMac: boolean;
  onClose: () => void;
}

const FIXED: Array<{ keys: string; label: string }> = [
  { keys: 'Enter', label: 'Open the selected claim in its inspector' },
  { keys: '1 – 9', label: 'Set the selected claim to the n-th status of the project' },
  { keys: 'A / D', label: 'Accept or dismiss the focused suggestion (also Enter / Delete)' },
  { keys: 'Tab', label: 'Move to the next control' },
  { keys: 'Up / Down', label: 'Move through the command palette' },
  { keys: 'Enter', label: 'Run the highlighted command, open a recent project' },
  { keys: 'Esc', label: 'Close a dialog or the command palette' },
];

/** A two-column table: what, and which keys. */
export function ShortcutsDialog({ commands, isMac, onClose }: ShortcutsDialogProps) {
  const withKeys = commands.filter((c) => c.keys || c.localKeys);
  return (
    <Dialog title="Keyboard shortcuts" className="dialog-wide" onClose={onClose}>
      <div className="dialog-body">
        {/* The list scrolls on its own, from its top, and takes focus first (arrow keys scroll it); Done stays in sight. */}
        <div
          className="shortcut-list"
          role="region"
          aria-label="Commands and their shortcuts"
          tabIndex={0}
          data-autofocus
        >
          <table className="shortcut-table">
            <caption className="visually-hidden">Commands and their shortcuts</caption>
            <thead>
              <tr>
                <th scope="col">Command</th>
                <th scope="col">Keys</th>
              </tr>
            </thead>
            <tbody>
              {withKeys.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td>
                    {[...(c.keys ? [c.keys] : []), ...(c.localKeys ?? [])].map((keys, i) => (
                      <Fragment key={keys}>
                        {i > 0 && ' or '}
                        <kbd className="kbd">{formatKeys(keys, isMac)}</kbd>
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
              {FIXED.map((f) => (
                <tr key={f.label}>
                  <td>{f.label}</td>
                  <td>
                    <kbd className="kbd">{f.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <CloseActions onClose={onClose} label="Done" />
      </div>
    </Dialog>
  );
}
