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

/**
 * Focuses a project just opened or created, once it is drawn: its article text, or the box to paste the draft into
 * when it has none yet (the dialog that opened it is gone, and focus would be left on the page).
 */
export function focusOpenedProject(): void {
  focusWhenShown(() => document.querySelector<HTMLElement>('.draft-scroll, #draft-text'));
}

/** Focuses the welcome screen's first choice once a project is closed (the button that closed it is gone). */
export function focusWelcome(): void {
  focusWhenShown(() => document.querySelector<HTMLElement>('main.welcome .welcome-actions button'));
}

/** True when the focus sits in the draft or in a side panel, where moving between claims already shows. */
export function focusIsOnClaims(): boolean {
  const active = document.activeElement;
  return active instanceof Element && active.closest('.draft-scroll, [role="tabpanel"]') !== null;
}
