// The application menu as a template built from the command table. Only `import type` from Electron, so the
// structure (every command, its accelerator, the Open Recent list) is tested in plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import { commandsInMenu } from '../../shared/commands/commands';
import type { CommandDef, CommandMenu } from '../../shared/commands/commands';
import { toAccelerator } from '../../shared/commands/keys';
import type { RecentProject, Theme } from '../../shared/api/views';

export interface MenuContext {
  isMac: boolean;
  /** Recent projects, newest first, from getAppInfo(). */
  recent: readonly RecentProject[];
  /** Whether a project is open (enables Close project and Show in folder). */
  projectOpen: boolean;
  /** Whether the window shows a source's recording player (enables View > Recording; setMenuState tells). */
  recordingPlayer: boolean;
  theme: Theme;
  /** Development builds get Reload and the developer tools in the View menu. */
  developer?: boolean;
  /** Sends a command id to the renderer (the 'menuCommand' event). */
  send: (commandId: string) => void;
  /** Opens a recent project by folder. */
  openRecent: (folder: string) => void;
}

const MAX_RECENT = 10;

function commandItem(command: CommandDef, context: MenuContext): MenuItemConstructorOptions {
  const themeId = command.id.startsWith('theme-') ? command.id.slice('theme-'.length) : null;
  return {
    id: command.id,
    label: command.menuLabel ?? command.label,
    ...(command.keys ? { accelerator: toAccelerator(command.keys) } : {}),
    ...(themeId ? { type: 'radio' as const, checked: themeId === context.theme } : {}),
    enabled: (!command.needsProject || context.projectOpen) && (!command.needsPlayer || context.recordingPlayer),
    click: () => context.send(command.id),
  };
}

/** The menu items for one menu's commands, with separators and submenus (Theme) as the table says. */
function commandItems(menu: CommandMenu, context: MenuContext): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const submenus = new Map<string, MenuItemConstructorOptions[]>();
  for (const command of commandsInMenu(menu)) {
    if (command.separatorBefore && items.length > 0) items.push({ type: 'separator' });
    const item = commandItem(command, context);
    if (!command.submenu) {
      items.push(item);
      continue;
    }
    const existing = submenus.get(command.submenu);
    if (existing) {
      existing.push(item);
    } else {
      const list = [item];
      submenus.set(command.submenu, list);
      items.push({ label: command.submenu, submenu: list });
    }
  }
  return items;
}

function recentItem(context: MenuContext): MenuItemConstructorOptions {
  const recent = context.recent.slice(0, MAX_RECENT);
  const submenu: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : recent.map((project) => ({
          label: project.title,
          sublabel: project.path,
          toolTip: project.path,
          click: () => context.openRecent(project.path),
        }));
  return { id: 'open-recent', label: 'Open Recent', submenu };
}

/** Builds the whole application menu: File, Edit, View, (Window on macOS) and Help. */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const file = commandItems('file', context);
  const openIndex = file.findIndex((item) => item.id === 'open-project');
  file.splice(openIndex + 1, 0, recentItem(context));
  if (!context.isMac) file.push({ type: 'separator' }, { role: 'quit', label: 'Quit Factdesk' });

  const edit: MenuItemConstructorOptions[] = [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...(context.isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
    { role: 'delete' },
    { role: 'selectAll' },
    ...commandItems('edit', context),
  ];

  const view: MenuItemConstructorOptions[] = [
    ...commandItems('view', context),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(context.developer
      ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
      : []),
  ];

  const template: MenuItemConstructorOptions[] = [];
  if (context.isMac) {
    template.push({
      label: 'Factdesk',
      submenu: [
        { label: 'About Factdesk', click: () => context.send('about') },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit', label: 'Quit Factdesk' },
      ],
    });
  }
  template.push({ label: 'File', submenu: file }, { label: 'Edit', submenu: edit }, { label: 'View', submenu: view });
  if (context.isMac) template.push({ role: 'windowMenu' });
  template.push({ role: 'help', label: 'Help', submenu: commandItems('help', context) });
  return template;
}
