// The part of a quote index a document quote is checked against: only sources that are documents (statements,
// reports, press releases, web pages), never a person's speech. Built once per index, on the first document quote.
import { buildQuoteIndex, type QuoteIndex } from './quote-index';
import { DOCUMENT_SOURCE_TYPES } from './speaker-outcome';

const built = new WeakMap<QuoteIndex, QuoteIndex>();

/** True when the index holds at least one document source. */
export function hasDocumentSources(index: QuoteIndex): boolean {
  return index.sources.some((s) => s.type !== null && DOCUMENT_SOURCE_TYPES.has(s.type));
}

/** The index of the document sources of `index` (the same index when every source is a document). */
export function documentIndex(index: QuoteIndex): QuoteIndex {
  const known = built.get(index);
  if (known) return known;
  const documents = index.sources.filter((s) => s.type !== null && DOCUMENT_SOURCE_TYPES.has(s.type));
  const result =
    documents.length === index.sources.length
      ? index
      : buildQuoteIndex(
          documents.map((s) => ({
            sourceId: s.sourceId,
            title: s.title,
            type: s.type,
            passages: index.passages.slice(s.firstPassage, s.endPassage).map((p) => p.passage),
          })),
        );
  built.set(index, result);
  return result;
}
