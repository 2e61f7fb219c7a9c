// The renderer's half of the command table: for each command of shared/commands (name, label, keys, menu) what it
// runs and when it is enabled. The palette, the keyboard handler, the shortcuts dialog and 'menuCommand' events all
// use the list bindCommands returns; the desktop menu reads the shared half.
import { COMMANDS } from '../../shared/commands/commands';
import type { CommandDef, CommandId } from '../../shared/commands/commands';
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
  /** Opens the Share with the newsroom dialog (sharing the story, or where it is shared and stopping). */
  shareStory(): void;
  /** The recording player of the open source: play or pause, back 5 s, slower or normal speed. */
  recording(action: 'togglePlay' | 'back' | 'slower'): void;
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
  /** A recording player is shown (a source with a recording is open). */
  player?: boolean;
}

export interface BoundCommand extends CommandDef {
  readonly id: CommandId;
  /** False when the command cannot run now (the palette hides it, its shortcut does nothing). */
  enabled: boolean;
  run(): void;
}

/** What the renderer does for one command, and when it can (always, unless `enabled` says otherwise). */
export interface CommandRunner {
  run(actions: CommandActions): void;
  enabled?(ctx: CommandContext): boolean;
}

const hasDraft = (ctx: CommandContext) => ctx.hasDraft;
const writable = (ctx: CommandContext) => !ctx.readOnly;
const canMark = (ctx: CommandContext) => ctx.hasDraft && !ctx.readOnly;
const hasPlayer = (ctx: CommandContext) => ctx.player === true;
const hasClaims = (ctx: CommandContext) => ctx.hasDraft && (ctx.claims ?? 1) > 0;

/**
 * The runner of every command in the shared table, keyed by its id: a command added to shared/commands without a
 * runner here does not compile. Commands with `needsProject` are also off while no project is open.
 */
export const COMMAND_RUNNERS: { readonly [K in CommandId]: CommandRunner } = {
  'new-project': { run: (a) => a.newProject() },
  'open-project': { run: (a) => a.openProject() },
  'close-project': { run: (a) => a.closeProject() },
  'show-in-folder': { run: (a) => a.showInFolder(), enabled: (ctx) => ctx.canShowInFolder },
  'import-draft': { run: (a) => a.importDraft(), enabled: writable },
  'paste-draft': { run: (a) => a.pasteDraft(), enabled: writable },
  'add-source': { run: (a) => a.addSource() },
  'project-settings': { run: (a) => a.projectSettings(), enabled: writable },
  'status-vocabulary': { run: (a) => a.statusVocabulary(), enabled: writable },
  'restore-backup': { run: (a) => a.restoreBackup(), enabled: writable },
  // Open for a read-only project too: the dialog says in a sentence why it cannot be shared from here.
  'share-story': { run: (a) => a.shareStory() },
  'export-appendix': { run: (a) => a.exportAppendix() },
  preferences: { run: (a) => a.preferences() },
  'mark-claim': { run: (a) => a.markClaim(), enabled: canMark },
  'mark-text': { run: (a) => a.markText(), enabled: canMark },
  'next-claim': { run: (a) => a.nextClaim(), enabled: hasClaims },
  'previous-claim': { run: (a) => a.previousClaim(), enabled: hasClaims },
  'sign-off-story': { run: (a) => a.signOffStory(), enabled: (ctx) => !ctx.readOnly && (ctx.claims ?? 1) > 0 },
  'command-palette': { run: (a) => a.openPalette() },
  'show-claims': { run: (a) => a.showPanel('claims') },
  'show-suggestions': { run: (a) => a.showPanel('suggestions'), enabled: hasDraft },
  'show-versions': { run: (a) => a.showPanel('versions') },
  'show-orphans': { run: (a) => a.showPanel('orphans') },
  'show-sources': { run: (a) => a.showPanel('sources'), enabled: hasDraft },
  'search-library': { run: (a) => a.searchLibrary(), enabled: hasDraft },
  'quote-check': { run: (a) => a.showPanel('quotes'), enabled: hasDraft },
  'compare-versions': { run: (a) => a.compareVersions(), enabled: (ctx) => (ctx.versions ?? 0) >= 2 },
  'show-draft': { run: (a) => a.showWorkspace('draft') },
  'show-desk': { run: (a) => a.showWorkspace('desk') },
  'publish-gate': { run: (a) => a.showWorkspace('gate') },
  'activity-log': { run: (a) => a.showWorkspace('log') },
  'recording-play': { run: (a) => a.recording('togglePlay'), enabled: hasPlayer },
  'recording-back': { run: (a) => a.recording('back'), enabled: hasPlayer },
  'recording-slower': { run: (a) => a.recording('slower'), enabled: hasPlayer },
  'theme-system': { run: (a) => a.setTheme('system') },
  'theme-light': { run: (a) => a.setTheme('light') },
  'theme-dark': { run: (a) => a.setTheme('dark') },
  about: { run: (a) => a.about() },
  'keyboard-shortcuts': { run: (a) => a.keyboardShortcuts() },
};

/** Attaches a run function and the enabled flag to every command of the table, in table order. */
export function bindCommands(actions: CommandActions, ctx: CommandContext): BoundCommand[] {
  return COMMANDS.map((command: CommandDef & { readonly id: CommandId }) => {
    const runner = COMMAND_RUNNERS[command.id];
    const enabled = (!command.needsProject || ctx.hasProject) && (runner.enabled?.(ctx) ?? true);
    return { ...command, enabled, run: () => runner.run(actions) };
  });
}
