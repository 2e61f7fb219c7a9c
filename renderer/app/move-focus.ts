// Moves keyboard focus to where a command took the user, once React has drawn it, so Enter and the arrow keys act on
// what the user now sees instead of on a control left behind (a workspace tab, the palette's opener).
import type { SidePanel } from './commands';

/** The workspaces of the project screen, as the desk names them. */
export type Workspace = 'draft' | 'desk' | 'gate' | 'log';

const WORKSPACE_SELECTORS: Record<Workspace, string> = {
  draft: '.draft-scroll',
  desk: 'main.desk',
  gate: 'main.gate',
  log: 'main.log',
};

/**
 * Focuses the element `find` returns, trying on each frame while the new view renders, for up to `withinMs`
 * (a busy machine can take a good part of a second to draw a workspace).
 */
export function focusWhenShown(find: () => HTMLElement | null, withinMs = 3000): void {
  const until = performance.now() + withinMs;
  const attempt = () => {
    const element = find();
    if (element) element.focus();
    else if (performance.now() < until) window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

/** Focuses a side panel once it is on show (its tabpanel, where Enter opens the selected claim). */
export function focusPanel(panel: SidePanel): void {
  focusWhenShown(() => document.getElementById(`tabpanel-${panel}`));
}

/** Focuses a workspace once it is on show (the draft's article text, or the desk, gate or log page). */
export function focusWorkspace(workspace: Workspace): void {
  focusWhenShown(() => document.querySelector<HTMLElement>(WORKSPACE_SELECTORS[workspace]));
}

/** True when the focus sits in the draft or in a side panel, where moving between claims already shows. */
export function focusIsOnClaims(): boolean {
  const active = document.activeElement;
  return active instanceof Element && active.closest('.draft-scroll, [role="tabpanel"]') !== null;
}
