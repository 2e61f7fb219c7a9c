// The command palette (Mod+K): a combobox "Type a command" over the filtered commands; arrows move, Enter runs,
// Escape closes.
import { useId, useReducer } from 'react';
import type { KeyboardEvent } from 'react';
import { formatKeys } from '../../../shared/commands/keys';
import { Dialog } from '../../components/Dialog';
import type { BoundCommand } from '../../app/commands';
import { filterCommands, initialPaletteState, paletteReducer } from './palette-state';

export interface CommandPaletteProps {
  commands: readonly BoundCommand[];
  isMac: boolean;
  onClose: () => void;
}

/** A role=dialog named "Command palette". Running a command closes the palette first. */
export function CommandPalette({ commands, isMac, onClose }: CommandPaletteProps) {
  const [state, dispatch] = useReducer(paletteReducer, initialPaletteState);
  const listId = useId();
  const matches = filterCommands(commands, state.query);
  const active = matches[Math.min(state.active, matches.length - 1)];
  const optionId = (id: string) => `${listId}-${id}`;

  function run(command: BoundCommand | undefined) {
    if (!command) return;
    onClose();
    // Let the palette unmount (and focus return) before the command opens its own dialog or acts on the selection.
    window.setTimeout(() => command.run(), 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      dispatch({ type: 'move', by: event.key === 'ArrowDown' ? 1 : -1, count: matches.length });
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      dispatch({ type: 'moveTo', index: event.key === 'Home' ? 0 : matches.length - 1, count: matches.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(active);
    }
  }

  return (
    <Dialog title="Command palette" hideTitle className="dialog-palette" onClose={onClose}>
      <div className="palette">
        <input
          className="palette-input"
          role="combobox"
          aria-label="Type a command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active.id) : undefined}
          placeholder="Type a command"
          value={state.query}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          onChange={(e) => dispatch({ type: 'query', query: e.target.value })}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
          {matches.map((command, i) => (
            <li
              key={command.id}
              id={optionId(command.id)}
              role="option"
              aria-selected={command === active}
              className={`palette-option${command === active ? ' is-active' : ''}`}
              onMouseMove={() => dispatch({ type: 'moveTo', index: i, count: matches.length })}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(command)}
            >
              <span className="palette-label">{command.label}</span>
              {command.keys && <kbd className="kbd">{formatKeys(command.keys, isMac)}</kbd>}
            </li>
          ))}
        </ul>
        {matches.length === 0 && <p className="palette-empty">No command matches “{state.query}”.</p>}
      </div>
    </Dialog>
  );
}
