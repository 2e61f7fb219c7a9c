// Set-up for renderer component tests: the real handler table over a project in a temp folder (real lowdb files),
// exposed to components through the app's own ApiProvider, and Testing Library's render with a user-event session.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanup, configure, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createHandlers } from '../../../electron/api/handlers';
import type { Handlers } from '../../../electron/api/handlers';
import type { HandlerDeps } from '../../../electron/api/deps';
import type { Bridge, EventName, Events } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { ProjectView } from '../../../shared/api/views';
import { ApiProvider } from '../../../renderer/app/ApiProvider';
import { fakeClock, handlerDeps, tempDir } from '../electron/storage/helpers';

type Listener = (payload: never) => void;
const open: Handlers[] = [];

// Each step here reads and writes real project files; on a loaded two-core machine a screen can take several
// seconds to appear, so findBy* and waitFor wait up to 15 s (Testing Library's 1 s default fails only under load).
configure({ asyncUtilTimeout: 15_000 });

/** Unmounts what was rendered and closes the projects opened since the last call (test/unit/setup.ts calls it
 *  after each component test). */
export async function releaseRendered(): Promise<void> {
  cleanup();
  await Promise.all(open.splice(0).map((handlers) => handlers.closeAll()));
}

/** The value of a Result, or a thrown error with its message (set-up steps must succeed). */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The real handlers on a fresh data folder, wrapped in a Bridge whose events come from the handlers' own emit. */
export async function realBridge(
  overrides: Partial<HandlerDeps> = {},
): Promise<{ bridge: Bridge; handlers: Handlers; dir: string }> {
  const dir = await tempDir('factdesk-components-');
  const clock = fakeClock();
  const listeners = new Map<EventName, Set<Listener>>();
  const deps = handlerDeps(dir, {
    now: clock.now,
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload as never)),
    ...overrides,
  });
  const handlers = createHandlers(deps, { saveDelayMs: 5 });
  open.push(handlers);
  const bridge: Bridge = {
    api: handlers,
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };
  return { bridge, handlers, dir };
}

/** A new project in a temp folder with `draft` as its text and one claim marked per entry of `claims`. */
export async function tempProject(draft: string, claims: string[] = [], overrides: Partial<HandlerDeps> = {}) {
  const { bridge, handlers, dir } = await realBridge(overrides);
  let view = value(await handlers.createProject({ folder: join(dir, 'story'), title: 'Council vote' }));
  view = value(await handlers.setDraftText({ projectId: view.projectId, text: draft }));
  for (const exact of claims) {
    const start = draft.indexOf(exact);
    if (start < 0) throw new Error(`"${exact}" is not in the draft`);
    value(await handlers.markClaim({ projectId: view.projectId, start, end: start + exact.length, kind: 'number' }));
  }
  view = value(await handlers.getProject({ projectId: view.projectId }));
  const reload = async (): Promise<ProjectView> => value(await handlers.getProject({ projectId: view.projectId }));
  return { bridge, handlers, dir, view, projectId: view.projectId, reload };
}

/** Adds a plain-text transcript (`SPEAKER: words` lines) to the project library; returns the added source. */
export async function addTranscript(handlers: Handlers, projectId: string, dir: string, title: string, text: string) {
  const file = join(dir, `${title.toLowerCase().replace(/\W+/g, '-')}.txt`);
  await writeFile(file, text);
  const meta = { title, type: 'interview' as const, speakers: [], date: '2026-11-20', url: null, notes: '' };
  const reply = await handlers.addSource({
    projectId,
    library: 'project',
    file: { kind: 'path', path: file },
    meta: { ...meta, confidential: false, tags: [] },
  });
  return value(reply).source;
}

/** Renders `ui` inside the app's ApiProvider over `bridge`, with a user-event session for typing and clicking. */
export function renderWithApi(
  bridge: Bridge,
  ui: ReactElement,
): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  const user = userEvent.setup();
  return { user, ...render(<ApiProvider bridge={bridge}>{ui}</ApiProvider>) };
}
