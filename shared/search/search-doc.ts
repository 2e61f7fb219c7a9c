// The shape the quote library's search indexes: one passage or quote-list entry with its source's title, type,
// speaker, date, tags, library and pinpoint label, built from the project model by docsFromSources.
import type { Passage, Source, SourceType } from '../model/source';

/** Which library a passage belongs to: the project's own sources or the user's personal library. */
export type LibraryKind = 'project' | 'personal';

/** One searchable passage. */
export interface SearchDoc {
  /** The passage id. */
  id: string;
  sourceId: string;
  sourceTitle: string;
  sourceType: SourceType;
  /** The passage's speaker, else the source's first speaker, else null. */
  speaker: string | null;
  /** ISO date (YYYY-MM-DD, or a prefix of one) of the entry or its source, or null. */
  date: string | null;
  /** The passage text, verbatim; highlights are offsets into it. */
  text: string;
  tags: string[];
  library: LibraryKind;
  /** The pinpoint label shown to people: "00:01:02", "p. 4", "¶ 12". */
  pinpoint: string;
}

/**
 * Turns sources and their passages into search documents for one library. Passages whose source is missing are
 * left out; a passage's own speaker, date and tags win over its source's, and tags of both are kept.
 */
export function docsFromSources(sources: Source[], passages: Passage[], library: LibraryKind): SearchDoc[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const docs: SearchDoc[] = [];
  for (const p of passages) {
    const source = byId.get(p.sourceId);
    if (!source) continue;
    const tags = [...new Set([...(p.tags ?? []), ...source.tags])];
    docs.push({
      id: p.id,
      sourceId: source.id,
      sourceTitle: source.title,
      sourceType: source.type,
      speaker: p.speaker ?? source.speakers[0] ?? null,
      date: p.date ?? source.date,
      text: p.text,
      tags,
      library,
      pinpoint: p.pinpoint.label,
    });
  }
  return docs;
}
