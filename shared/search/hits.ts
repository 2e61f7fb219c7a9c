// The engine's results in the SearchHit shape the Api replies with and the renderer shows: one conversion for the
// main process (searchLibrary, suggestSources) and the renderer's search worker.
import type { LibraryHome, SourceType } from '../model/source';
import type { SearchResult } from './search';

/** One search result as the Api replies with it and the renderer shows it. */
export interface SearchHit {
  passageId: string;
  sourceId: string;
  /** Where the passage lives: 'project' and 'personal' are on this computer, 'newsroom' on the newsroom's server. */
  library: LibraryHome;
  sourceTitle: string;
  sourceType: SourceType;
  speaker: string | null;
  text: string;
  pinpoint: string;
  date: string | null;
  score: number;
  /** [start, end) ranges of text to highlight. */
  highlights: [number, number][];
}

/** One result as a SearchHit, the score rounded to three places. */
export function toSearchHit(result: SearchResult): SearchHit {
  const d = result.doc;
  return {
    passageId: d.id,
    sourceId: d.sourceId,
    library: d.library,
    sourceTitle: d.sourceTitle,
    sourceType: d.sourceType,
    speaker: d.speaker,
    text: d.text,
    pinpoint: d.pinpoint,
    date: d.date,
    score: Math.round(result.score * 1000) / 1000,
    highlights: result.highlights.map(([a, b]) => [a, b] as [number, number]),
  };
}
