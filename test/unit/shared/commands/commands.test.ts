// The command table: unique ids and shortcuts, valid keys, and the commands the menu and palette rely on.
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsInMenu, findCommand, isCommandId } from '../../../../shared/commands/commands';
import type { CommandDef } from '../../../../shared/commands/commands';
import { parseKeys } from '../../../../shared/commands/keys';

const table: readonly CommandDef[] = COMMANDS;

describe('COMMANDS', () => {
  it('has unique ids and unique shortcuts', () => {
    const ids = table.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = table.flatMap((command) => (command.keys ? [command.keys.toLowerCase()] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses only shortcuts that parse', () => {
    for (const command of table) if (command.keys) expect(parseKeys(command.keys), command.id).not.toBeNull();
  });

  it('has the shortcuts the app promises', () => {
    const keysOf = (id: string) => findCommand(id)?.keys;
    expect(keysOf('new-project')).toBe('Mod+N');
    expect(keysOf('open-project')).toBe('Mod+O');
    expect(keysOf('close-project')).toBe('Mod+W');
    expect(keysOf('command-palette')).toBe('Mod+K');
    expect(keysOf('mark-claim')).toBe('Mod+E');
  });

  it('puts every command in a menu and finds commands by id', () => {
    const menus = ['file', 'edit', 'view', 'help'] as const;
    expect(menus.flatMap((menu) => commandsInMenu(menu)).length).toBe(table.length);
    expect(isCommandId('theme-dark')).toBe(true);
    expect(isCommandId('format-disk')).toBe(false);
    expect(findCommand('about')?.label).toBe('About Factdesk');
  });
});
