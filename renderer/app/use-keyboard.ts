// The one keyboard handler: matches keydown events against the command table's shortcuts and runs the command.
import { useEffect, useRef } from 'react';
import { matchesKeys } from '../../shared/commands/keys';
import type { BoundCommand } from './commands';

/** True on macOS, where Mod is the Command key. */
export function isMacPlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = nav.userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad/i.test(name);
}

/** True when the key event's target takes typing (a field, a select, editable text): single-key shortcuts stay off. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return false;
}

/**
 * Listens for shortcuts on the window. Renderer-only `localKeys` (J, K, Alt+Down...) act only outside fields and
 * always here, never through the menu. When `menuHandlesAccelerators` is true (the Electron app), commands that
 * sit in the application menu are left to the menu, which sends them back as 'menuCommand' events; handling them
 * here too would run them twice.
 */
export function useKeyboardShortcuts(commands: readonly BoundCommand[], menuHandlesAccelerators: boolean): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const isMac = isMacPlatform();
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTypingTarget(event.target);
      for (const command of latest.current) {
        if (!typing && command.localKeys?.some((keys) => matchesKeys(keys, event, isMac))) {
          if (!command.enabled) return;
          event.preventDefault();
          command.run();
          return;
        }
        if (!command.keys || !matchesKeys(command.keys, event, isMac)) continue;
        if (menuHandlesAccelerators) return;
        if (!command.enabled) return;
        event.preventDefault();
        command.run();
        return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [menuHandlesAccelerators]);
}

/** A shortcut in the form aria-keyshortcuts expects: 'Mod+E' becomes 'Meta+E' on macOS and 'Control+E' elsewhere. */
export function ariaKeys(keys: string | undefined, isMac: boolean): string | undefined {
  if (!keys) return undefined;
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part))
    .join('+');
}
