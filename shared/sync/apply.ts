// Writing a folded story back into the project document the handlers and the window read. What is not shared (the
// activity log and its head, the schema version, the project id) stays as the device has it.
import { canonicalJson } from '../log/canonical-json';
import type { ProjectDoc } from '../model/project';
import type { HeldSource, SyncedStory } from './fold';

/** A project document of a shared story: the project document plus the confidential sources others hold. */
export type SharedProjectDoc = ProjectDoc & { heldSources?: HeldSource[] };

/**
 * The project document with the story's state in it. Returns `local` itself when nothing would change, so a caller
 * can tell a real change (and save it) from a fold that only confirms what the document already says.
 */
export function applyStory(local: SharedProjectDoc, story: SyncedStory): SharedProjectDoc {
  const next: SharedProjectDoc = {
    ...local,
    ...(story.project
      ? { title: story.project.title, createdAt: story.project.createdAt, settings: story.project.settings }
      : {}),
    drafts: story.drafts,
    currentDraftId: story.currentDraftId,
    claims: story.claims,
    sources: story.sources,
    passages: story.passages,
    dismissedSuggestions: story.dismissedSuggestions,
    storySignOff: story.storySignOff,
    heldSources: story.heldSources,
  };
  return sharedEqual(local, next) ? local : next;
}

const SHARED_FIELDS = [
  'title',
  'createdAt',
  'settings',
  'drafts',
  'currentDraftId',
  'claims',
  'sources',
  'passages',
  'dismissedSuggestions',
  'storySignOff',
  'heldSources',
] as const;

/** Whether two project documents say the same about everything a story shares. */
export function sharedEqual(a: SharedProjectDoc, b: SharedProjectDoc): boolean {
  return SHARED_FIELDS.every((f) => sameValue(a[f], b[f]));
}

/** Deep equality as canonical JSON, element by element for lists so that shared objects cost nothing. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i] && canonicalJson(a[i] ?? null) !== canonicalJson(b[i] ?? null)) return false;
    }
    return true;
  }
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
