// The command palette's filtering and highlight movement.
import { describe, expect, it } from 'vitest';
import {
  filterCommands,
  initialPaletteState,
  paletteReducer,
} from '../../../../../renderer/features/palette/palette-state';

const COMMANDS = [
  { id: 'new-project', label: 'New project', enabled: true },
  { id: 'close-project', label: 'Close project', enabled: false },
  { id: 'theme-system', label: 'Theme: System', enabled: true },
  { id: 'theme-dark', label: 'Theme: Dark', enabled: true },
  { id: 'keyboard-shortcuts', label: 'Keyboard shortcuts', enabled: true },
];

describe('filterCommands', () => {
  it('lists every enabled command for an empty query, in table order', () => {
    expect(filterCommands(COMMANDS, '  ').map((c) => c.id)).toEqual([
      'new-project',
      'theme-system',
      'theme-dark',
      'keyboard-shortcuts',
    ]);
  });

  it('matches typed words against the starts of label words, whatever the case and punctuation', () => {
    expect(filterCommands(COMMANDS, 'Theme: Dark').map((c) => c.id)).toEqual(['theme-dark']);
    expect(filterCommands(COMMANDS, 'th d').map((c) => c.id)).toEqual(['theme-dark']);
    expect(filterCommands(COMMANDS, 'short').map((c) => c.id)).toEqual(['keyboard-shortcuts']);
  });

  it('forgives a word typed short or with a typo, after the commands the words begin', () => {
    const list = [
      { id: 'show-sources', label: 'Show sources', enabled: true },
      { id: 'show-suggestions', label: 'Show suggestions', enabled: true },
      { id: 'search-library', label: 'Search the library', enabled: true },
      { id: 'sign-off-story', label: 'Sign off the story', enabled: true },
    ];
    expect(filterCommands(list, 'srces').map((c) => c.id)).toEqual(['show-sources']);
    expect(filterCommands(list, 'soruces').map((c) => c.id)).toEqual(['show-sources']);
    expect(filterCommands(list, 'libary').map((c) => c.id)).toEqual(['search-library']);
    // "sto" begins "story" and is in order in "suggestions": the command the word begins comes first.
    expect(filterCommands(list, 'sto').map((c) => c.id)).toEqual(['sign-off-story', 'show-suggestions']);
    expect(filterCommands(list, 'xyz')).toEqual([]);
  });

  it('puts labels that start with the query first', () => {
    const list = [
      { id: 'a', label: 'Show project in folder', enabled: true },
      { id: 'b', label: 'Project settings', enabled: true },
    ];
    expect(filterCommands(list, 'project').map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('never offers a disabled command', () => {
    expect(filterCommands(COMMANDS, 'close')).toEqual([]);
  });
});

describe('paletteReducer', () => {
  it('resets the highlight when the query changes and wraps when moving', () => {
    let state = paletteReducer(initialPaletteState, { type: 'move', by: -1, count: 3 });
    expect(state.active).toBe(2);
    state = paletteReducer(state, { type: 'move', by: 1, count: 3 });
    expect(state.active).toBe(0);
    state = paletteReducer({ ...state, active: 2 }, { type: 'query', query: 'th' });
    expect(state).toEqual({ query: 'th', active: 0 });
  });

  it('clamps moveTo and copes with an empty list', () => {
    expect(paletteReducer(initialPaletteState, { type: 'moveTo', index: 9, count: 4 }).active).toBe(3);
    expect(paletteReducer({ query: 'zz', active: 2 }, { type: 'move', by: 1, count: 0 }).active).toBe(0);
  });
});
