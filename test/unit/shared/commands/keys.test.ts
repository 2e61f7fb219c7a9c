// Shortcut strings: accelerators for Electron, labels for people, matching for the renderer's key handler.
import { describe, expect, it } from 'vitest';
import { formatKeys, matchesKeys, parseKeys, toAccelerator } from '../../../../shared/commands/keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('keys', () => {
  it('parses shortcuts and refuses malformed ones', () => {
    expect(parseKeys('Mod+Shift+K')).toMatchObject({ key: 'K' });
    expect(parseKeys('Mod+/')?.key).toBe('/');
    expect(parseKeys('Hyper+K')).toBeNull();
    expect(parseKeys('Mod+Mod+K')).toBeNull();
    expect(parseKeys('Mod+')).toBeNull();
  });

  it('turns shortcuts into Electron accelerators', () => {
    expect(toAccelerator('Mod+K')).toBe('CmdOrCtrl+K');
    expect(toAccelerator('Shift+Mod+E')).toBe('CmdOrCtrl+Shift+E');
    expect(() => toAccelerator('Super+K')).toThrow(/not a shortcut/);
  });

  it('formats shortcuts for each platform', () => {
    expect(formatKeys('Mod+Shift+K', true)).toBe('⇧⌘K');
    expect(formatKeys('Mod+Shift+K', false)).toBe('Ctrl+Shift+K');
  });

  it('matches key events with Mod as Cmd on macOS and Ctrl elsewhere', () => {
    expect(matchesKeys('Mod+K', key('k', { metaKey: true }), true)).toBe(true);
    expect(matchesKeys('Mod+K', key('k', { ctrlKey: true }), true)).toBe(false);
    expect(matchesKeys('Mod+K', key('k', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKeys('Mod+K', key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesKeys('Mod+/', key('/', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKeys('Mod+E', key('e'), false)).toBe(false);
  });
});
