// Sources in the project and personal libraries: preview, import (files, web pages, recordings), editing, and
// the links that tie them to claims.
import { z } from 'zod';
import { LINK_RELATIONS } from '../../model/claim';
import { SOURCE_TYPES, webAddressSchema } from '../../model/source';
import type { LibraryView, SourceDetail, SourcePreview, SourceView, ProjectView } from '../views';
import { draftSource, id, libraryName, projectId } from './fields';

const shortText = z.string().max(1000);
const sourceMeta = z.strictObject({
  title: z.string().trim().min(1).max(500),
  type: z.enum(SOURCE_TYPES),
  speakers: z.array(z.string().trim().min(1).max(200)).max(200),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  url: webAddressSchema.nullable(),
  notes: z.string().max(100_000),
  confidential: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(100)).max(100),
});
/** Which columns of a quote list hold what; each value is a column name. */
const columnMapping = z.strictObject({
  text: shortText,
  speaker: shortText.optional(),
  date: shortText.optional(),
  source: shortText.optional(),
  url: shortText.optional(),
  tags: shortText.optional(),
});

export const sourceValidators = {
  previewSource: z.strictObject({
    projectId,
    file: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
  }),
  addSource: z.strictObject({
    /** Optional when adding to the personal library (the CLI's --library). */
    projectId: projectId.optional(),
    library: libraryName,
    file: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
    mapping: columnMapping.optional(),
    /** Without a title, the one found in the file (a PDF's, a page's, a document's first heading; else the file name),
     *  as a preview suggests it (the CLI's add-source without --title). */
    meta: sourceMeta.extend({ title: sourceMeta.shape.title.optional() }),
    /** Lets the renderer follow progress (taskProgress events) and cancel (cancelTask). */
    taskId: id.optional(),
  }),
  addWebPage: z.strictObject({
    projectId,
    /**
     * Fetched once, now, in the main process; never from anything inside a page or a project. Anything but an http(s)
     * address is refused by the handler with a sentence naming it, which the app shows as it is.
     */
    url: z.string().trim().min(1).max(4096),
    title: z.string().trim().min(1).max(500).optional(),
    taskId: id.optional(),
  }),
  cancelTask: z.strictObject({ taskId: id }),
  listSources: z.strictObject({ projectId }),
  getSource: z.strictObject({ projectId, library: libraryName, sourceId: id }),
  updateSource: z.strictObject({ projectId, library: libraryName, sourceId: id, meta: sourceMeta.partial() }),
  removeSource: z.strictObject({ projectId, library: libraryName, sourceId: id }),
  attachRecording: z.strictObject({ projectId, library: libraryName, sourceId: id, file: draftSource }),
  attachSource: z.strictObject({
    projectId,
    claimId: id,
    library: libraryName,
    sourceId: id,
    passageId: id.nullable(),
    relation: z.enum(LINK_RELATIONS),
    pinpoint: z.string().max(200).optional(),
    note: z.string().max(20_000).optional(),
  }),
  updateLink: z.strictObject({
    projectId,
    claimId: id,
    linkId: id,
    patch: z.strictObject({
      relation: z.enum(LINK_RELATIONS).optional(),
      pinpoint: z.string().max(200).optional(),
      note: z.string().max(20_000).optional(),
    }),
  }),
  detachSource: z.strictObject({ projectId, claimId: id, linkId: id }),
};

/** What the sources methods reply with, inside a Result. */
export interface SourceReplies {
  /** Reads a source file without adding it: format, title, speakers, passages found, and for quote lists the columns. */
  previewSource: SourcePreview;
  /** Adds a source to the project or to the personal library; progress comes as taskProgress events. */
  addSource: { source: SourceView; view: ProjectView | null };
  /** Fetches a web page by its address, keeps a snapshot (HTML, text, final address, time, SHA-256) and adds it. */
  addWebPage: { source: SourceView; view: ProjectView };
  /** Stops a running import; it then replies 'cancelled' and nothing is added. */
  cancelTask: null;
  /** The project's sources and the personal library's, each labelled with its library. */
  listSources: LibraryView;
  /** One source with its passages (the source viewer). */
  getSource: SourceDetail;
  /** Changes a source's title, type, speakers, date, URL, notes, confidential flag or tags. */
  updateSource: SourceView;
  /** Removes a source; claims that cite it keep their copied words. */
  removeSource: LibraryView;
  /** Keeps an audio or video file beside a transcript source (sources/, by content hash); its timecodes play it. */
  attachRecording: SourceView;
  /** Ties a passage (or a whole source) to a claim; a personal-library passage is copied into the project. */
  attachSource: ProjectView;
  /** Changes a link's relation, pinpoint or note. */
  updateLink: ProjectView;
  /** Unties a source from a claim. */
  detachSource: ProjectView;
}
