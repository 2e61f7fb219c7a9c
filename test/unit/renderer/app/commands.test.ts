// Binding the shared command table to the renderer's actions.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../shared/commands/commands';
import type { CommandId } from '../../../../shared/commands/commands';
import { COMMAND_RUNNERS, bindCommands } from '../../../../renderer/app/commands';
import type { CommandActions, CommandContext, CommandRunner } from '../../../../renderer/app/commands';

function recorder(): { actions: CommandActions; calls: string[] } {
  const calls: string[] = [];
  const note = (name: string) => () => void calls.push(name);
  return {
    calls,
    actions: {
      newProject: note('newProject'),
      openProject: note('openProject'),
      closeProject: note('closeProject'),
      showInFolder: note('showInFolder'),
      importDraft: note('importDraft'),
      pasteDraft: note('pasteDraft'),
      addSource: note('addSource'),
      searchLibrary: note('searchLibrary'),
      projectSettings: note('projectSettings'),
      restoreBackup: note('restoreBackup'),
      markText: note('markText'),
      markClaim: note('markClaim'),
      nextClaim: note('nextClaim'),
      previousClaim: note('previousClaim'),
      showPanel: (panel) => void calls.push(`panel:${panel}`),
      compareVersions: note('compareVersions'),
      openPalette: note('openPalette'),
      setTheme: (theme) => void calls.push(`theme:${theme}`),
      about: note('about'),
      keyboardShortcuts: note('keyboardShortcuts'),
      preferences: note('preferences'),
      showWorkspace: (workspace) => void calls.push(`workspace:${workspace}`),
      signOffStory: note('signOffStory'),
      exportAppendix: note('exportAppendix'),
      statusVocabulary: note('statusVocabulary'),
      shareStory: note('shareStory'),
      recording: (action) => void calls.push(`recording:${action}`),
    },
  };
}

const welcome: CommandContext = { hasProject: false, hasDraft: false, readOnly: false, canShowInFolder: true };
const editing: CommandContext = {
  hasProject: true,
  hasDraft: true,
  readOnly: false,
  canShowInFolder: true,
  versions: 2,
  claims: 3,
};

describe('bindCommands', () => {
  it('refuses, at compile time, a command without a runner', () => {
    const { about, ...withoutAbout } = COMMAND_RUNNERS;
    // @ts-expect-error 'about' is in the shared table, so the runner table must have it.
    const incomplete: { readonly [K in CommandId]: CommandRunner } = withoutAbout;
    expect(Object.keys(incomplete)).not.toContain('about');
    expect(Object.keys(COMMAND_RUNNERS).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
    expect(about.run).toBeTypeOf('function');
  });

  it('gives every command of the shared table a run function', () => {
    const bound = bindCommands(recorder().actions, editing);
    for (const command of COMMANDS) expect(bound.map((b) => b.id)).toContain(command.id);
  });

  it('runs the matching action', () => {
    const { actions, calls } = recorder();
    const bound = bindCommands(actions, editing);
    for (const id of ['theme-dark', 'mark-claim', 'close-project', 'preferences'])
      bound.find((b) => b.id === id)?.run();
    expect(calls).toEqual(['theme:dark', 'markClaim', 'closeProject', 'preferences']);
  });

  it('runs the drafts commands: import, panels, claim moves and comparing', () => {
    const { actions, calls } = recorder();
    const bound = bindCommands(actions, editing);
    for (const id of [
      'import-draft',
      'show-suggestions',
      'show-orphans',
      'next-claim',
      'previous-claim',
      'compare-versions',
    ])
      bound.find((b) => b.id === id)?.run();
    expect(calls).toEqual([
      'importDraft',
      'panel:suggestions',
      'panel:orphans',
      'nextClaim',
      'previousClaim',
      'compareVersions',
    ]);
  });

  it('keeps single-key shortcuts out of the menu accelerators and disables what cannot run', () => {
    const bound = bindCommands(recorder().actions, editing);
    for (const command of bound) {
      // A function key types nothing, so it may stand alone (the recording player's F7, F8, F9).
      if (command.keys) expect(command.keys, command.id).toMatch(/(Mod|Ctrl|Alt)\+|^F\d{1,2}$/);
    }
    expect(bound.find((b) => b.id === 'next-claim')?.localKeys).toEqual(['J', 'Alt+ArrowDown']);
    expect(bound.find((b) => b.id === 'preferences')?.keys).toBe('Mod+,');
    const enabled = (ctx: CommandContext) =>
      bindCommands(recorder().actions, ctx)
        .filter((b) => b.enabled)
        .map((b) => b.id);
    expect(enabled({ ...editing, versions: 1 })).not.toContain('compare-versions');
    expect(enabled({ ...editing, readOnly: true })).not.toContain('import-draft');
    expect(enabled({ ...editing, claims: 0 })).not.toContain('next-claim');
    expect(enabled(welcome)).not.toContain('import-draft');
  });

  it('disables project commands on the welcome screen and marking without a draft or when read-only', () => {
    const enabled = (ctx: CommandContext) =>
      bindCommands(recorder().actions, ctx)
        .filter((b) => b.enabled)
        .map((b) => b.id);
    expect(enabled(welcome)).not.toContain('close-project');
    expect(enabled(welcome)).not.toContain('mark-claim');
    expect(enabled(welcome)).toContain('new-project');
    expect(enabled({ ...editing, hasDraft: false })).not.toContain('mark-claim');
    expect(enabled({ ...editing, readOnly: true })).not.toContain('mark-claim');
    expect(enabled({ ...editing, canShowInFolder: false })).not.toContain('show-in-folder');
    expect(enabled(editing)).toEqual(expect.arrayContaining(['close-project', 'mark-claim', 'show-in-folder']));
  });

  it('runs the recording commands only while a player is shown', () => {
    const { actions, calls } = recorder();
    const ids = ['recording-play', 'recording-back', 'recording-slower'];
    const off = bindCommands(actions, editing).filter((b) => ids.includes(b.id));
    expect(off.map((b) => [b.id, b.keys, b.enabled])).toEqual([
      ['recording-play', 'F8', false],
      ['recording-back', 'F7', false],
      ['recording-slower', 'F9', false],
    ]);
    const on = bindCommands(actions, { ...editing, player: true }).filter((b) => ids.includes(b.id));
    expect(on.every((b) => b.enabled)).toBe(true);
    for (const b of on) b.run();
    expect(calls).toEqual(['recording:togglePlay', 'recording:back', 'recording:slower']);
  });

  it('runs the library commands: add source, search the library, show sources', () => {
    const { actions, calls } = recorder();
    const bound = bindCommands(actions, editing);
    for (const id of ['add-source', 'search-library', 'show-sources']) bound.find((b) => b.id === id)?.run();
    expect(calls).toEqual(['addSource', 'searchLibrary', 'panel:sources']);
    const noDraft = bindCommands(actions, { ...editing, hasDraft: false });
    expect(noDraft.find((b) => b.id === 'search-library')?.enabled).toBe(false);
    expect(bindCommands(actions, { ...editing, readOnly: true }).find((b) => b.id === 'add-source')?.enabled).toBe(
      true,
    );
  });
});
