// Sources and their passages: interviews, speeches, documents, press releases, web pages, broadcasts and social posts,
// split into speaker turns, paragraphs or subtitle cues that carry their pinpoint.
import { z } from 'zod';

/** Which library a source is in: the project's own, or the reporter's personal library shared across projects. */
export type LibraryName = 'project' | 'personal';

/** Where a search result lives: the project, the personal library, or the newsroom's shared library on its server. */
export const LIBRARY_HOMES = ['project', 'personal', 'newsroom'] as const;
export type LibraryHome = (typeof LIBRARY_HOMES)[number];

export const SOURCE_TYPES = [
  'interview',
  'speech',
  'document',
  'press-release',
  'web-page',
  'broadcast',
  'social-post',
  'quote-list',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  interview: 'Interview transcript',
  speech: 'Speech',
  document: 'Document',
  'press-release': 'Press release',
  'web-page': 'Web page',
  broadcast: 'Broadcast',
  'social-post': 'Social post',
  'quote-list': 'Quote list',
};

/**
 * True for an absolute http:// or https:// address with a host: the only web addresses Factdesk stores for a source
 * or makes a link of (never javascript:, data:, file: or anything else).
 */
export function isWebAddress(text: string | null | undefined): text is string {
  return typeof text === 'string' && /^https?:\/\/[^\s/?#<>"'`\\@]+(?:[/?#][^\s<>"'`\\]*)?$/i.test(text);
}

/** A source's web address as the Api accepts it. */
export const webAddressSchema = z
  .string()
  .max(4096)
  .refine(isWebAddress, { message: 'must be a web address that starts with https:// or http://' });

/** Where in its source a passage is: a time range (cues, timestamped turns), a page (and line), or a paragraph number. */
export const pinpointSchema = z.looseObject({
  /** Shown to people: "00:01:02", "p. 4", "p. 4, l. 12", "¶ 12". */
  label: z.string(),
  /** Seconds from the start, for time-based sources. */
  startSeconds: z.number().nonnegative().optional(),
  endSeconds: z.number().nonnegative().optional(),
  page: z.number().int().positive().optional(),
  /** PDFs: the line on the page (1-based, in reading order) where the passage starts. */
  line: z.number().int().positive().optional(),
  paragraph: z.number().int().positive().optional(),
});
export type Pinpoint = z.infer<typeof pinpointSchema>;

export const passageSchema = z.looseObject({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  /** Position in the source, 0-based. */
  index: z.number().int().nonnegative(),
  text: z.string(),
  speaker: z.string().nullable(),
  pinpoint: pinpointSchema,
  /** Offsets of the passage in the source's extracted text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Quote lists: the entry's own date, URL and tags. */
  date: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
});
export type Passage = z.infer<typeof passageSchema>;

/** A recording kept beside a transcript source: the audio or video under sources/, named by content hash. */
export const recordingSchema = z.looseObject({
  /** "<sha256>.<ext>" under sources/. */
  file: z.string().min(1),
  /** "audio/wav", "audio/mpeg", "video/webm", ... */
  mediaType: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  /** Known when the file's header says it (WAV); the player reads it otherwise. */
  durationSeconds: z.number().nonnegative().optional(),
});
export type Recording = z.infer<typeof recordingSchema>;

export const sourceSchema = z.looseObject({
  id: z.string().min(1),
  type: z.enum(SOURCE_TYPES),
  title: z.string(),
  speakers: z.array(z.string()),
  /** ISO date (YYYY-MM-DD) or null. */
  date: z.string().nullable(),
  url: z.string().nullable(),
  notes: z.string(),
  confidential: z.boolean(),
  tags: z.array(z.string()),
  /** The imported file under sources/, named by content hash (sha256 + extension), never rewritten. */
  originalFile: z.string().nullable(),
  /** Its extracted text under sources/ (sha256 of the text + .txt). */
  textFile: z.string().nullable(),
  /** sha256 of the original bytes. */
  contentHash: z.string().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
  /** How many passages the source was split into. */
  passageCount: z.number().int().nonnegative().default(0),
  /** Set on a snapshot copied from the personal library into a project. */
  fromLibrary: z.string().nullable().optional(),
  /**
   * Set on a copy of a newsroom library source attached to a claim: its id there ("newsroom:<n>"), its content hash and
   * the server it came from (host:port/database). The project keeps the passages it cites, so it needs no server.
   */
  fromNewsroom: z.looseObject({ id: z.string(), contentHash: z.string(), server: z.string() }).optional(),
  /** The interview or broadcast itself, when the reporter attached it; passages' time pinpoints are its timecodes. */
  recording: recordingSchema.optional(),
  /** A web page added by its address: what was fetched, from where and when (the page itself is originalFile). */
  snapshot: z
    .looseObject({
      requestedUrl: z.string(),
      finalUrl: z.string(),
      fetchedAt: z.string(),
      /** sha256 of the bytes as fetched, hex. */
      sha256: z.string(),
      /** The fetched page under sources/: "<sha256>.html" (or .txt for plain text). */
      htmlFile: z.string(),
      bytes: z.number().int().nonnegative(),
      contentType: z.string(),
    })
    .optional(),
});
export type Source = z.infer<typeof sourceSchema>;
