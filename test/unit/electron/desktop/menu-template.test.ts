// The application menu built from the command table: every command present, clicks sent to the renderer.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../../electron/desktop/menu-template';
import type { MenuContext } from '../../../../electron/desktop/menu-template';
import { COMMANDS } from '../../../../shared/commands/commands';
import { toAccelerator } from '../../../../shared/commands/keys';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function context(overrides: Partial<MenuContext> = {}) {
  const sent: string[] = [];
  const opened: string[] = [];
  const value: MenuContext = {
    isMac: false,
    recent: [{ path: '/stories/vote', title: 'Council vote', openedAt: '2025-01-01T00:00:00.000Z' }],
    projectOpen: true,
    recordingPlayer: false,
    theme: 'dark',
    send: (id) => sent.push(id),
    openRecent: (folder) => opened.push(folder),
    ...overrides,
  };
  return { value, sent, opened };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void | undefined)?.();

describe('menuTemplate', () => {
  it('has File, Edit, View and Help, with every command once and its accelerator', () => {
    const { value } = context();
    const template = menuTemplate(value);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const items = flatten(template);
    for (const command of COMMANDS) {
      const matches = items.filter((item) => item.id === command.id);
      expect(matches, command.id).toHaveLength(1);
      const keys = 'keys' in command ? command.keys : undefined;
      expect(matches[0]?.accelerator).toBe(keys ? toAccelerator(keys) : undefined);
    }
  });

  it('sends the command id to the renderer when an item is clicked', () => {
    const { value, sent } = context();
    const items = flatten(menuTemplate(value));
    click(items.find((item) => item.id === 'command-palette'));
    click(items.find((item) => item.id === 'close-project'));
    expect(sent).toEqual(['command-palette', 'close-project']);
  });

  it('lists recent projects under Open Recent and opens them by folder', () => {
    const { value, opened } = context();
    const recent = flatten(menuTemplate(value)).find((item) => item.id === 'open-recent');
    const entries = recent?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((entry) => entry.label)).toEqual(['Council vote']);
    click(entries[0]);
    expect(opened).toEqual(['/stories/vote']);
  });

  it('says so when there are no recent projects, and disables project commands with no project open', () => {
    const { value } = context({ recent: [], projectOpen: false });
    const items = flatten(menuTemplate(value));
    const recent = items.find((item) => item.id === 'open-recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No recent projects', enabled: false }]);
    expect(items.find((item) => item.id === 'close-project')?.enabled).toBe(false);
    expect(items.find((item) => item.id === 'new-project')?.enabled).toBe(true);
  });

  it('enables View > Recording only while a recording player is on screen, and never with no project open', () => {
    const recording = (overrides: Partial<MenuContext>) =>
      flatten(menuTemplate(context(overrides).value))
        .filter((item) => String(item.id).startsWith('recording-'))
        .map((item) => [item.id, item.enabled]);
    expect(recording({})).toEqual([
      ['recording-play', false],
      ['recording-back', false],
      ['recording-slower', false],
    ]);
    expect(recording({ recordingPlayer: true }).map(([, enabled]) => enabled)).toEqual([true, true, true]);
    expect(recording({ recordingPlayer: true, projectOpen: false }).map(([, enabled]) => enabled)).toEqual([
      false,
      false,
      false,
    ]);
    // Every other item is as before: enabled with a project open.
    expect(flatten(menuTemplate(context().value)).find((item) => item.id === 'quote-check')?.enabled).toBe(true);
  });

  it('groups the themes in a radio submenu with the current one checked', () => {
    const { value } = context();
    const theme = flatten(menuTemplate(value)).find((item) => item.label === 'Theme');
    const options = theme?.submenu as MenuItemConstructorOptions[];
    expect(options.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
  });

  it('adds the application menu and Window menu on macOS', () => {
    const { value } = context({ isMac: true });
    const template = menuTemplate(value);
    expect(template[0]?.label).toBe('Factdesk');
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(flatten(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });
});

describe('menuTemplate in development', () => {
  it('adds Reload and the developer tools only for developers', () => {
    const roles = (developer: boolean) => flatten(menuTemplate(context({ developer }).value)).map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
  });
});
