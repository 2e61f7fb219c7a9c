// How the newsroom benches load their library: passages sent as quote lists (a newsroom archive's exports), each
// passage keeping its speaker, date and tags, each list through the library's own import (COPY in one transaction).
import type { NewsroomLibrary, NewsroomPassage } from '../../electron/storage/newsroom-library';
import type { SearchDoc } from '../../shared/search/search-doc';
import { value as valueOf } from '../unit/result-value';

/** Imports `docs` as one quote list titled `title`: its id in the newsroom library, and whether it was there already. */
export async function importQuoteList(
  library: NewsroomLibrary,
  title: string,
  docs: readonly SearchDoc[],
): Promise<{ id: string; existed: boolean }> {
  const rows: NewsroomPassage[] = docs.map((d) => ({
    text: d.text,
    pinpoint: d.pinpoint,
    speaker: d.speaker,
    date: d.date,
    tags: d.tags,
  }));
  return valueOf(
    await library.importSource(
      { title, type: 'quote-list', speakers: [], date: null, url: null, tags: [], confidential: false },
      rows,
    ),
  );
}
