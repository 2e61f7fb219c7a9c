// The steps the source tests through the handler table share: a project on a temp folder, a source's details, and
// reading a reply, pasting a draft, marking a claim and attaching a passage to it.
import { join } from 'node:path';
import { createHandlers } from '../../../../electron/api/handlers';
import type { Handlers } from '../../../../electron/api/handlers';
import type { EventName } from '../../../../shared/api/contract';
import type { LinkRelation } from '../../../../shared/model/claim';
import { handlerDeps, tempDir } from '../storage/helpers';

/** The details a user gives when adding a source; each test overrides what its source is. */
export const sourceMeta = {
  title: 'Harbor briefing',
  type: 'broadcast' as const,
  speakers: [],
  date: '2024-03-05' as string | null,
  url: null,
  notes: '',
  confidential: false,
  tags: ['harbor'],
};

/** A reply's value; a refusal fails the test with its sentence. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A new project in a temp folder, with the handler table over it and the events it pushed. */
export async function setupProject(title = 'Story') {
  const dir = await tempDir();
  const events: { event: EventName; payload: unknown }[] = [];
  const deps = handlerDeps(dir, { emit: (event: EventName, payload: unknown) => events.push({ event, payload }) });
  const handlers = createHandlers(deps, { saveDelayMs: 5 });
  const folder = join(dir, 'story');
  const created = value(await handlers.createProject({ folder, title }));
  return { handlers, deps, events, folder, projectId: created.projectId };
}

/** Pastes `draft` and marks the claim at `words` (the first time they occur), as a user selecting them would. */
export async function markClaimOn(handlers: Handlers, projectId: string, draft: string, words: string) {
  value(await handlers.pasteDraft({ projectId, text: draft }));
  const start = draft.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the draft`);
  return value(await handlers.markClaim({ projectId, start, end: start + words.length })).claim;
}

/** Ties a search hit's passage to a claim, as the library panel's Attach button does. */
export async function attachPassage(
  handlers: Handlers,
  target: { projectId: string; claimId: string; sourceId: string; passageId: string },
  options: { library?: 'project' | 'personal'; relation?: LinkRelation; note?: string } = {},
) {
  return value(
    await handlers.attachSource({
      ...target,
      library: options.library ?? 'project',
      relation: options.relation ?? 'supports',
      ...(options.note !== undefined ? { note: options.note } : {}),
    }),
  );
}
