// The events the main side pushes to the renderer, and the bridge the preload (or the harness's HTTP client)
// hands the renderer: the Api plus a way to listen.
import type { ProjectView, SaveState } from '../views';
import type { EventName } from '../names';
import type { Api } from '../contract';
import type { SyncEvents } from '../sync';

/** Events the main side pushes to the renderer. */
export interface Events extends SyncEvents {
  /** The open project changed (after any handler, a reload or a restore). */
  projectChanged: { view: ProjectView };
  /** Saving started, finished durably, or failed. */
  saveState: { projectId: string; saveState: SaveState };
  /** Another program changed project.factdesk; nothing will be written until the user chooses. */
  externalChange: { projectId: string; message: string };
  /** A project was opened from outside the window (file association, second instance, menu). */
  projectOpened: { view: ProjectView };
  /** A menu item or accelerator handled by the renderer's command table. */
  menuCommand: { command: string };
  /** Progress of a long task (a big import): done of total units, with a label to show. */
  taskProgress: { taskId: string; done: number; total: number; label: string };
  /** The libraries changed (a source added, edited or removed): search indexes must be refreshed. */
  libraryChanged: { projectId: string };
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsMatchNames: Same<keyof Events, EventName> = true;
void eventsMatchNames;

/** What the preload exposes on window.factdesk, and what the HTTP client implements too. */
export interface Bridge {
  api: Api;
  /**
   * The browser harness only: the address that downloads (`download`) or shows in a tab (`open`) an exported file of
   * an open project. Absent in the desktop app, which opens files with the system instead.
   */
  exportFileUrl?(input: { projectId: string; path: string; mode: 'download' | 'open' }): string;
  /**
   * The browser harness only: the address of a source's recording on the harness server, with the page token. Absent
   * in the desktop app, where the recording is app://factdesk/media/<project>/<library>/<source>.
   */
  mediaUrl?(input: { projectId: string; library: 'project' | 'personal'; sourceId: string }): string;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
