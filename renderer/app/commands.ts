// Binds the shared command table (shared/commands) to what the renderer does for each id. The palette, the
// keyboard handler, the shortcuts dialog and 'menuCommand' events all use the list this returns.
import { COMMANDS } from '../../shared/commands/commands';
import type { CommandDef } from '../../shared/commands/commands';
import type { Theme } from '../../shared/api/views';

/** What the renderer can do in answer to a command. */
export interface CommandActions {
  newProject(): void;
  openProject(): void;
  closeProject(): void;
  showInFolder(): void;
  markClaim(): void;
  openPalette(): void;
  setTheme(theme: Theme): void;
  about(): void;
  keyboardShortcuts(): void;
  preferences(): void;
}

/** The state that decides which commands can run now. */
export interface CommandContext {
  hasProject: boolean;
  hasDraft: boolean;
  readOnly: boolean;
  canShowInFolder: boolean;
}

export interface BoundCommand extends CommandDef {
  /** False when the command cannot run now (the palette hides it, its shortcut does nothing). */
  enabled: boolean;
  run(): void;
}

/**
 * Commands that exist only in the renderer (not in the application menu), kept in the same shape as the table.
 * Mod+, is the usual place for preferences on every platform.
 */
export const RENDERER_COMMANDS: readonly CommandDef[] = [
  { id: 'preferences', label: 'Preferences', keys: 'Mod+,', menu: 'file' },
];

/** Every command the renderer knows: the shared table first, then the renderer's own. */
export const ALL_COMMANDS: readonly CommandDef[] = [...(COMMANDS as readonly CommandDef[]), ...RENDERER_COMMANDS];

function runFor(id: string, actions: CommandActions): (() => void) | null {
  switch (id) {
    case 'new-project':
      return actions.newProject;
    case 'open-project':
      return actions.openProject;
    case 'close-project':
      return actions.closeProject;
    case 'show-in-folder':
      return actions.showInFolder;
    case 'mark-claim':
      return actions.markClaim;
    case 'command-palette':
      return actions.openPalette;
    case 'theme-system':
      return () => actions.setTheme('system');
    case 'theme-light':
      return () => actions.setTheme('light');
    case 'theme-dark':
      return () => actions.setTheme('dark');
    case 'about':
      return actions.about;
    case 'keyboard-shortcuts':
      return actions.keyboardShortcuts;
    case 'preferences':
      return actions.preferences;
    default:
      return null;
  }
}

function enabledFor(command: CommandDef, ctx: CommandContext): boolean {
  if (command.needsProject && !ctx.hasProject) return false;
  if (command.id === 'show-in-folder') return ctx.hasProject && ctx.canShowInFolder;
  if (command.id === 'mark-claim') return ctx.hasProject && ctx.hasDraft && !ctx.readOnly;
  return true;
}

/** Attaches a run function and the enabled flag to every command the renderer can carry out. */
export function bindCommands(actions: CommandActions, ctx: CommandContext): BoundCommand[] {
  const bound: BoundCommand[] = [];
  for (const command of ALL_COMMANDS) {
    const run = runFor(command.id, actions);
    if (!run) continue;
    bound.push({ ...command, enabled: enabledFor(command, ctx), run });
  }
  return bound;
}
