// Builds the ProjectView the renderer sees from an open session.
import type { ProjectView } from '../../shared/api/views';
import { claimsInDraftOrder } from '../../shared/model/claim-order';
import { currentDraft } from '../../shared/model/project';
import { storySignOffState } from '../../shared/model/sign-off';
import type { ProjectSession } from '../storage/project-session';

function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** The renderer's view of an open project: claims in draft order, draft metadata without every version's text. */
export function toProjectView(projectId: string, session: ProjectSession): ProjectView {
  const doc = session.doc;
  const draft = currentDraft(doc);
  const claims = claimsInDraftOrder(doc.claims);
  return {
    projectId,
    revision: session.revision,
    folder: session.paths.folder,
    file: session.paths.file,
    title: doc.title,
    readOnly: session.readOnly,
    lockedBy: session.lockedBy,
    saveState: session.saveState,
    conflict: session.conflict,
    notices: [...session.notices],
    drafts: doc.drafts.map((d) => ({
      id: d.id,
      number: d.number,
      importedAt: d.importedAt,
      importedBy: d.importedBy,
      origin: d.origin,
      words: countWords(d.text),
    })),
    currentDraft: draft
      ? { id: draft.id, number: draft.number, text: draft.text, ...(draft.blocks ? { blocks: draft.blocks } : {}) }
      : null,
    claims,
    statuses: doc.settings.statuses,
    people: doc.settings.people,
    storySignOff: doc.storySignOff
      ? {
          ...doc.storySignOff,
          state: storySignOffState(doc.storySignOff, doc.claims) === 'current' ? 'current' : 'lapsed',
        }
      : null,
    activityCount: doc.activityLog.length,
  };
}
