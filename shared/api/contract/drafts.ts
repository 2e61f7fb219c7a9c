// The draft: its text from typing, files or the clipboard, versions and comparisons, and check-worthy suggestions.
import { z } from 'zod';
import { FILE_PURPOSES } from '../views';
import type { DraftComparison, DraftImportOutcome, ProjectView, SuggestionView } from '../views';
import { draftSource, id, keys, path, projectId, MAX_DRAFT_CHARS } from './fields';

export const draftValidators = {
  setDraftText: z.strictObject({
    projectId,
    text: z.string().max(MAX_DRAFT_CHARS),
    origin: z.string().max(300).optional(),
  }),
  setDraftFile: z.strictObject({ projectId, path }),
  pickFile: z.strictObject({ purpose: z.enum(FILE_PURPOSES) }),
  importDraft: z.strictObject({
    projectId,
    source: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
  }),
  pasteDraft: z.strictObject({
    projectId,
    text: z.string().max(MAX_DRAFT_CHARS),
    html: z
      .string()
      .max(MAX_DRAFT_CHARS * 2)
      .optional(),
  }),
  getSuggestions: z.strictObject({ projectId }),
  acceptSuggestions: z.strictObject({ projectId, keys }),
  dismissSuggestions: z.strictObject({ projectId, keys }),
  reattachClaim: z.strictObject({
    projectId,
    claimId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  getDraftVersion: z.strictObject({ projectId, draftId: id }),
  compareDrafts: z.strictObject({ projectId, fromId: id, toId: id }),
  updateProjectSettings: z.strictObject({
    projectId,
    people: z.array(z.string().trim().min(1).max(120)).max(500).optional(),
  }),
};

/** What the drafts methods reply with, inside a Result. */
export interface DraftReplies {
  /** Sets the draft text; a project with a draft gets a new version and its claims are re-anchored. */
  setDraftText: ProjectView;
  /**
   * Sets the draft from a UTF-8 plain-text file word for word (no format conversion: importDraft converts formats);
   * a file that is not UTF-8 or holds binary data is refused with 'invalid-file' and the project is not changed.
   */
  setDraftFile: ProjectView;
  /**
   * Asks for a file with the system dialog: a draft ('import-draft') or one or more sources ('add-sources'); `path` is
   * the first file chosen and `paths` all of them ('cancelled' when the user backs out, 'no-native-dialog' in the
   * harness).
   */
  pickFile: { path: string; paths: string[] };
  /**
   * Imports a draft file (txt, md, docx, html) by path or as bytes (drag and drop in the harness). A project with a
   * draft gets a new version and its claims are re-anchored. A file in an unknown 8-bit encoding is answered with
   * 'needs-encoding' (details.choices); call again with `encoding` set.
   */
  importDraft: DraftImportOutcome;
  /** Sets the draft from pasted text (and the HTML that came with it, sanitised to text). */
  pasteDraft: DraftImportOutcome;
  /** Check-worthy spans of the current draft that are not claims yet and were not dismissed, in draft order. */
  getSuggestions: SuggestionView[];
  /** Makes claims of suggestions, by key. */
  acceptSuggestions: ProjectView;
  /** Dismisses suggestions, by key; they stay dismissed in later draft versions. */
  dismissSuggestions: ProjectView;
  /** Re-attaches a claim (an orphaned one, usually) to text[start, end) of the current draft. */
  reattachClaim: ProjectView;
  /** The text of one draft version. */
  getDraftVersion: { id: string; number: number; text: string };
  /** A word-level comparison of two draft versions. */
  compareDrafts: DraftComparison;
  /** Changes project settings such as the people who can be assigned claims. */
  updateProjectSettings: ProjectView;
}
