// The input fields several areas of the contract share: paths, ids, and a file given by path or as bytes.
import { z } from 'zod';

export const path = z.string().min(1).max(4096);
export const projectId = z.string().min(1).max(128);
export const id = z.string().min(1).max(128);
/** Drafts are capped at 20 million characters (the importers refuse larger files with a sentence). */
export const MAX_DRAFT_CHARS = 20_000_000;
/** A 20 MB file in base64. */
export const MAX_BASE64 = 28_000_000;
export const keys = z.array(z.string().min(1).max(400)).max(10_000);
export const libraryName = z.enum(['project', 'personal']);
/** A file given by its path, or as its bytes in base64 (a dropped file, or the browser harness). */
export const draftSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path }),
  z.strictObject({
    kind: z.literal('bytes'),
    fileName: z.string().min(1).max(1024),
    base64: z.string().max(MAX_BASE64),
  }),
]);
