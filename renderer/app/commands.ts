// Binds the shared command table (shared/commands) to what the renderer does for each id. The palette, the
// keyboard handler, the shortcuts dialog and 'menuCommand' events all use the list this returns.
import { COMMANDS } from '../../shared/commands/commands';
import type { CommandDef } from '../../shared/commands/commands';
import type { Theme } from '../../shared/api/views';

/** The side panels of the project view. */
export type SidePanel = 'claims' | 'suggestions' | 'versions' | 'orphans' | 'sources' | 'quotes';

/** What the renderer can do in answer to a command. */
export interface CommandActions {
  newProject(): void;
  openProject(): void;
  closeProject(): void;
  showInFolder(): void;
  importDraft(): void;
  pasteDraft(): void;
  /** Opens the Add source dialog. */
  addSource(): void;
  /** Shows the Sources tab and puts the cursor in its search box. */
  searchLibrary(): void;
  projectSettings(): void;
  restoreBackup(): void;
  markText(): void;
  markClaim(): void;
  nextClaim(): void;
  previousClaim(): void;
  showPanel(panel: SidePanel): void;
  compareVersions(): void;
  openPalette(): void;
  setTheme(theme: Theme): void;
  about(): void;
  keyboardShortcuts(): void;
  preferences(): void;
  /** The editor's desk: show a workspace ('draft', 'desk', 'gate', 'log'), sign off the story, open its dialogs. */
  showWorkspace(workspace: 'draft' | 'desk' | 'gate' | 'log'): void;
  signOffStory(): void;
  exportAppendix(): void;
  statusVocabulary(): void;
}

/** The state that decides which commands can run now. */
export interface CommandContext {
  hasProject: boolean;
  hasDraft: boolean;
  readOnly: boolean;
  canShowInFolder: boolean;
  /** How many draft versions the project has (comparing needs two). */
  versions?: number;
  /** How many claims the project has (moving between them needs one). */
  claims?: number;
}

export interface BoundCommand extends CommandDef {
  /** False when the command cannot run now (the palette hides it, its shortcut does nothing). */
  enabled: boolean;
  run(): void;
}

/** Every command the renderer knows: the shared table. */
export const ALL_COMMANDS: readonly CommandDef[] = COMMANDS;

function runFor(id: string, actions: CommandActions): (() => void) | null {
  const simple: Record<string, (() => void) | undefined> = {
    'new-project': actions.newProject,
    'open-project': actions.openProject,
    'close-project': actions.closeProject,
    'show-in-folder': actions.showInFolder,
    'import-draft': actions.importDraft,
    'paste-draft': actions.pasteDraft,
    'add-source': actions.addSource,
    'search-library': actions.searchLibrary,
    'show-sources': () => actions.showPanel('sources'),
    'quote-check': () => actions.showPanel('quotes'),
    'project-settings': actions.projectSettings,
    'restore-backup': actions.restoreBackup,
    'mark-claim': actions.markClaim,
    'mark-text': actions.markText,
    'next-claim': actions.nextClaim,
    'previous-claim': actions.previousClaim,
    'show-claims': () => actions.showPanel('claims'),
    'show-suggestions': () => actions.showPanel('suggestions'),
    'show-versions': () => actions.showPanel('versions'),
    'show-orphans': () => actions.showPanel('orphans'),
    'compare-versions': actions.compareVersions,
    'command-palette': actions.openPalette,
    'theme-system': () => actions.setTheme('system'),
    'theme-light': () => actions.setTheme('light'),
    'theme-dark': () => actions.setTheme('dark'),
    about: actions.about,
    'keyboard-shortcuts': actions.keyboardShortcuts,
    preferences: actions.preferences,
    'show-draft': () => actions.showWorkspace('draft'),
    'show-desk': () => actions.showWorkspace('desk'),
    'publish-gate': () => actions.showWorkspace('gate'),
    'activity-log': () => actions.showWorkspace('log'),
    'sign-off-story': actions.signOffStory,
    'export-appendix': actions.exportAppendix,
    'status-vocabulary': actions.statusVocabulary,
  };
  return simple[id] ?? null;
}

function enabledFor(command: CommandDef, ctx: CommandContext): boolean {
  if (command.needsProject && !ctx.hasProject) return false;
  switch (command.id) {
    case 'show-in-folder':
      return ctx.canShowInFolder;
    case 'mark-claim':
    case 'mark-text':
      return ctx.hasDraft && !ctx.readOnly;
    case 'import-draft':
    case 'paste-draft':
    case 'project-settings':
    case 'restore-backup':
      return !ctx.readOnly;
    case 'next-claim':
    case 'previous-claim':
      return ctx.hasDraft && (ctx.claims ?? 1) > 0;
    case 'show-suggestions':
    case 'show-sources':
    case 'quote-check':
    case 'search-library':
      return ctx.hasDraft;
    case 'sign-off-story':
      return !ctx.readOnly && (ctx.claims ?? 1) > 0;
    case 'status-vocabulary':
      return !ctx.readOnly;
    case 'compare-versions':
      return (ctx.versions ?? 0) >= 2;
    default:
      return true;
  }
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
