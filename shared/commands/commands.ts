// The command table: every user action that has a menu item, a shortcut or a palette entry, as plain data.
// The Electron menu, the renderer's keyboard handler, the command palette and the keyboard tests all read this one
// list; renderer/app/commands.ts gives every id its runner and its enabled rule, keyed by CommandId.

/** Which application menu a command sits in. */
export type CommandMenu = 'file' | 'edit' | 'view' | 'help';

export interface CommandDef {
  /** Stable id: sent in the 'menuCommand' event; the renderer attaches its `run` function to it. */
  readonly id: string;
  /** What the palette shows, e.g. "Theme: Dark". */
  readonly label: string;
  /** What the menu shows when it differs from `label` (inside a submenu such as Theme). */
  readonly menuLabel?: string;
  /** Shortcut in 'Mod+Shift+K' form: Mod is Cmd on macOS and Ctrl elsewhere. */
  readonly keys?: string;
  readonly menu: CommandMenu;
  /** Items sharing a submenu name are grouped under it in the menu (for example "Theme"). */
  readonly submenu?: string;
  /** Draw a separator above this item in its menu. */
  readonly separatorBefore?: boolean;
  /** Needs an open project: the menu item is disabled and the palette hides it on the welcome screen. */
  readonly needsProject?: boolean;
  /** Needs a source's recording player on screen: the menu item is disabled while none is open. */
  readonly needsPlayer?: boolean;
  /**
   * Renderer-only shortcuts ('J', 'Alt+ArrowDown'): single keys that act only while the user is not typing in a field.
   * The application menu never turns these into accelerators (they would steal typing); only `keys` becomes one.
   */
  readonly localKeys?: readonly string[];
}

/** Every command, in menu order within each menu. */
export const COMMANDS = [
  { id: 'new-project', label: 'New project', keys: 'Mod+N', menu: 'file' },
  { id: 'open-project', label: 'Open project', keys: 'Mod+O', menu: 'file' },
  {
    id: 'close-project',
    label: 'Close project',
    keys: 'Mod+W',
    menu: 'file',
    separatorBefore: true,
    needsProject: true,
  },
  { id: 'show-in-folder', label: 'Show in folder', menu: 'file', needsProject: true },
  {
    id: 'import-draft',
    label: 'Import draft...',
    keys: 'Mod+I',
    menu: 'file',
    separatorBefore: true,
    needsProject: true,
  },
  { id: 'paste-draft', label: 'Paste a new draft version...', menu: 'file', needsProject: true },
  { id: 'add-source', label: 'Add source...', menu: 'file', needsProject: true },
  { id: 'project-settings', label: 'Project settings...', menu: 'file', separatorBefore: true, needsProject: true },
  { id: 'status-vocabulary', label: 'Statuses...', menu: 'file', needsProject: true },
  { id: 'restore-backup', label: 'Restore from backup...', menu: 'file', needsProject: true },
  { id: 'share-story', label: 'Share with the newsroom...', menu: 'file', needsProject: true },
  { id: 'export-appendix', label: 'Export appendix...', keys: 'Mod+Shift+E', menu: 'file', needsProject: true },
  { id: 'preferences', label: 'Preferences', keys: 'Mod+,', menu: 'file' },
  { id: 'mark-claim', label: 'Mark as claim', keys: 'Mod+E', menu: 'edit', separatorBefore: true, needsProject: true },
  { id: 'mark-text', label: 'Mark text as a claim...', keys: 'Mod+Shift+M', menu: 'edit', needsProject: true },
  { id: 'next-claim', label: 'Next claim', localKeys: ['J', 'Alt+ArrowDown'], menu: 'edit', needsProject: true },
  { id: 'previous-claim', label: 'Previous claim', localKeys: ['K', 'Alt+ArrowUp'], menu: 'edit', needsProject: true },
  { id: 'sign-off-story', label: 'Sign off the story', menu: 'edit', separatorBefore: true, needsProject: true },
  { id: 'command-palette', label: 'Command palette', keys: 'Mod+K', menu: 'view' },
  { id: 'show-claims', label: 'Show claims', menu: 'view', separatorBefore: true, needsProject: true },
  { id: 'show-suggestions', label: 'Show suggestions', menu: 'view', needsProject: true },
  { id: 'show-versions', label: 'Show draft versions', menu: 'view', needsProject: true },
  { id: 'show-orphans', label: 'Show orphaned claims', menu: 'view', needsProject: true },
  { id: 'show-sources', label: 'Show sources', menu: 'view', needsProject: true },
  { id: 'search-library', label: 'Search the library', keys: 'Mod+Shift+F', menu: 'view', needsProject: true },
  { id: 'quote-check', label: 'Quote check', keys: 'Mod+Shift+U', menu: 'view', needsProject: true },
  { id: 'compare-versions', label: 'Compare draft versions...', menu: 'view', needsProject: true },
  { id: 'show-draft', label: 'Show the draft', menu: 'view', separatorBefore: true, needsProject: true },
  { id: 'show-desk', label: 'Show the desk', keys: 'Mod+Shift+D', menu: 'view', needsProject: true },
  { id: 'publish-gate', label: 'Ready to publish?', menu: 'view', needsProject: true },
  { id: 'activity-log', label: 'Show the activity log', menu: 'view', needsProject: true },
  // The recording player of an open source: function keys, as desktop transcription programs use, so they work while
  // the cursor is in a field too. Enabled only while a source with a recording is open (the menu too: needsPlayer).
  {
    id: 'recording-play',
    label: 'Recording: play or pause',
    menuLabel: 'Play or pause',
    keys: 'F8',
    menu: 'view',
    submenu: 'Recording',
    separatorBefore: true,
    needsProject: true,
    needsPlayer: true,
  },
  {
    id: 'recording-back',
    label: 'Recording: back 5 seconds',
    menuLabel: 'Back 5 seconds',
    keys: 'F7',
    menu: 'view',
    submenu: 'Recording',
    needsProject: true,
    needsPlayer: true,
  },
  {
    id: 'recording-slower',
    label: 'Recording: slower or normal speed',
    menuLabel: 'Slower or normal speed',
    keys: 'F9',
    menu: 'view',
    submenu: 'Recording',
    needsProject: true,
    needsPlayer: true,
  },
  {
    id: 'theme-system',
    label: 'Theme: System',
    menuLabel: 'System',
    menu: 'view',
    submenu: 'Theme',
    separatorBefore: true,
  },
  { id: 'theme-light', label: 'Theme: Light', menuLabel: 'Light', menu: 'view', submenu: 'Theme' },
  { id: 'theme-dark', label: 'Theme: Dark', menuLabel: 'Dark', menu: 'view', submenu: 'Theme' },
  { id: 'about', label: 'About Factdesk', menu: 'help' },
  { id: 'keyboard-shortcuts', label: 'Keyboard shortcuts', keys: 'Mod+/', menu: 'help' },
] as const satisfies readonly CommandDef[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** The command with this id, or undefined for an id the table does not know (for example from an old menu). */
export function findCommand(id: string): CommandDef | undefined {
  return (COMMANDS as readonly CommandDef[]).find((command) => command.id === id);
}

/** The shortcut of a command the code names by id (undefined when it has none). */
export function keysOf(id: CommandId): string | undefined {
  return findCommand(id)?.keys;
}

/** True when `id` names a command in the table. */
export function isCommandId(id: string): id is CommandId {
  return findCommand(id) !== undefined;
}

/** The commands of one menu, in table order. */
export function commandsInMenu(menu: CommandMenu): CommandDef[] {
  return (COMMANDS as readonly CommandDef[]).filter((command) => command.menu === menu);
}
