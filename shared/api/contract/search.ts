// Searching the libraries (the index, ranked hits, suggested sources) and checking quotes against the sources.
import { z } from 'zod';
import { LIBRARY_HOMES, SOURCE_TYPES } from '../../model/source';
import type { SearchHit, SearchIndexPayload, CheckedQuote } from '../views';
import { id, path, projectId } from './fields';

// A schema and its TypeScript type must agree in both directions, or this fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** One search result (shared/search/hits.ts), marked with where it lives: 'project', 'personal' or 'newsroom'. */
export const searchHitSchema = z.object({
  passageId: z.string(),
  sourceId: z.string(),
  library: z.enum(LIBRARY_HOMES),
  sourceTitle: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  speaker: z.string().nullable(),
  text: z.string(),
  pinpoint: z.string(),
  date: z.string().nullable(),
  score: z.number(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
const hitsMatchSchema: Same<z.infer<typeof searchHitSchema>, SearchHit> = true;
void hitsMatchSchema;

/**
 * How the newsroom library answered a search: null when none is configured (FACTDESK_LIBRARY_URL); 'offline' with
 * the sentence saying why (its server cannot be reached, or refused the account) when the results are local only.
 * The next search tries the server again.
 */
export const newsroomStatusSchema = z
  .object({ status: z.enum(['online', 'offline']), message: z.string().nullable() })
  .nullable();
export type NewsroomStatus = z.infer<typeof newsroomStatusSchema>;

/** The reply of searchLibrary: one ranked list over every library, and the newsroom library's status. */
export const searchReplySchema = z.object({ hits: z.array(searchHitSchema), newsroom: newsroomStatusSchema });
export type SearchReply = z.infer<typeof searchReplySchema>;

export const searchValidators = {
  getSearchIndex: z.strictObject({ projectId }),
  searchLibrary: z.strictObject({
    projectId,
    query: z.string().max(10_000),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  suggestSources: z.strictObject({ projectId, claimId: id, limit: z.number().int().min(1).max(100).optional() }),
  checkQuotes: z.strictObject({ projectId }),
  checkQuoteFiles: z.strictObject({ draft: path, sources: z.array(path).min(1).max(10_000) }),
};

/** What the search methods reply with, inside a Result. */
export interface SearchReplies {
  /** The search index over both libraries, built once and cached on disk; the renderer's worker loads it. */
  getSearchIndex: SearchIndexPayload;
  /**
   * Searches the project, the personal library and (when configured) the newsroom library at once: one list ranked
   * by score, each hit marked with where it lives, and whether the newsroom answered (the CLI, the window when a
   * newsroom library is configured, and anything without the search worker).
   */
  searchLibrary: SearchReply;
  /** Passages most likely to support a claim, best first. */
  suggestSources: SearchHit[];
  /** Every direct quote of the draft checked against all sources: verdict, word diff, speaker check, context. */
  checkQuotes: CheckedQuote[];
  /**
   * The quote check without a project: every direct quote of a draft file against source files (no project is opened
   * or changed), for a newsroom's pre-publication script.
   */
  checkQuoteFiles: CheckedQuote[];
}
