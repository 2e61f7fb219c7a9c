// The project document: what project.factdesk holds, validated with zod. Unknown fields are kept (looseObject),
// so a file written by a newer minor version or edited by hand loses nothing on save.
import { z } from 'zod';
import { issueText } from '../api/issues';
import { claimSchema, signOffSchema } from './claim';
import { passageSchema, sourceSchema } from './source';
import { DEFAULT_STATUSES, statusDefSchema } from './status';
import { GENESIS_HASH } from '../log/activity-log';

export const CURRENT_SCHEMA_VERSION = 3;

export const draftVersionSchema = z.looseObject({
  id: z.string().min(1),
  /** 1 for the first import, then 2, 3, ... */
  number: z.number().int().positive(),
  /** The text exactly as imported (never normalised). */
  text: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  /** Where it came from: "paste", or a file name. */
  origin: z.string(),
  /** The format it was imported from (txt, md, docx, html, paste). */
  format: z.string().optional(),
  /** Headings and paragraphs as offsets into text, when the importer knew them. */
  blocks: z
    .array(
      z.looseObject({
        kind: z.enum(['heading', 'paragraph']),
        level: z.number().int().min(1).max(6).optional(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    )
    .optional(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const projectSettingsSchema = z.looseObject({
  people: z.array(z.string()),
  statuses: z.array(statusDefSchema).min(1),
});

export const projectDocSchema = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  settings: projectSettingsSchema,
  drafts: z.array(draftVersionSchema),
  currentDraftId: z.string().nullable(),
  claims: z.array(claimSchema),
  /**
   * The project's sources (metadata only: each source's extracted text and passages live under sources/, named by
   * content hash and never rewritten, so this document stays small).
   */
  sources: z.array(sourceSchema).default([]),
  /** Passages copied in from the personal library when attached to a claim, so the project is complete on its own. */
  passages: z.array(passageSchema).default([]),
  /**
   * The project activity log: append-only, each entry chained by hash to the one before (shared/log). Kept loosely
   * typed here so a tampered log still opens and verify-log can say where it breaks.
   */
  activityLog: z.array(z.unknown()).default([]),
  /**
   * Where the activity log ends (its entry count and last hash), written with every entry: entries cut off the end
   * show against it, and every backup keeps its own. Optional so that a file whose head was removed still opens and
   * verify-log can say so.
   */
  logHead: z.object({ count: z.number().int().nonnegative(), lastHash: z.string() }).optional(),
  /** The editor's sign-off of the whole story; lapses when any claim changes. */
  storySignOff: signOffSchema.nullable().default(null),
  /** Keys of suggestions the reporter dismissed; they stay dismissed in later draft versions. */
  dismissedSuggestions: z.array(z.string()).default([]),
});
export type ProjectDoc = z.infer<typeof projectDocSchema>;

/** A new, empty project document. */
export function createProjectDoc(input: { id: string; title: string; now: string }): ProjectDoc {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: input.id,
    title: input.title,
    createdAt: input.now,
    updatedAt: input.now,
    settings: { people: [], statuses: DEFAULT_STATUSES.map((s) => ({ ...s })) },
    drafts: [],
    currentDraftId: null,
    claims: [],
    sources: [],
    passages: [],
    dismissedSuggestions: [],
    activityLog: [],
    logHead: { count: 0, lastHash: GENESIS_HASH },
    storySignOff: null,
  };
}

/** The draft version claims currently anchor to, or null before the first import. */
export function currentDraft(doc: ProjectDoc): DraftVersion | null {
  return doc.drafts.find((d) => d.id === doc.currentDraftId) ?? null;
}

/**
 * Lists what is wrong with a parsed document as readable lines ("claims.3.status: expected a string"),
 * so a hand-edited file can be fixed by its owner.
 */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    return `${where}: ${issueText(issue)}`;
  });
  if (error.issues.length > limit) lines.push(`... and ${error.issues.length - limit} more`);
  return lines;
}
