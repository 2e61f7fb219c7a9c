// Per-passage filter columns of the search index (speaker, source type, library, date, tags) and the filters that
// read them: a speaker name or part of one, source types, a date range, project or personal library, tags.
import { SOURCE_TYPES, type SourceType } from '../model/source';
import { nameQueryMatches } from '../people';
import type { LibraryKind, SearchDoc } from './search-doc';
import { foldedWordList } from './words';

/** What a search may be narrowed to. Every filter given must hold. */
export interface SearchFilters {
  /** Words of the speaker's name, in any order, titles ignored; each may be partial ("lincoln", "abraham linc"). */
  speaker?: string;
  sourceType?: SourceType | SourceType[];
  /** Earliest date, ISO or a prefix of one ("1933", "1933-03"); passages without a date are left out. */
  from?: string;
  /** Latest date, inclusive ("1945" means to the end of 1945). */
  to?: string;
  library?: LibraryKind;
  /** Tags the passage must carry (folded, so "Économie" matches "economie"); each may be a prefix of a tag. */
  tags?: string[];
}

/** Filter columns derived from the passages: numbers per passage, with the folded names they point to. */
export interface FilterColumns {
  speakers: string[][];
  speakerOf: Int32Array;
  typeOf: Uint8Array;
  libraryOf: Uint8Array;
  /** YYYYMMDD, missing parts as 00; -1 without a date. */
  dateOf: Int32Array;
  tags: string[];
  tagStart: Uint32Array;
  tagSeq: Uint32Array;
}

/** Turns an ISO date or a prefix of one into YYYYMMDD, filling what is missing with `fill` ("00" or "99"). */
export function dateKey(date: string | null | undefined, fill: '00' | '99' = '00'): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return -1;
  return Number(`${m[1]}${m[2] ?? fill}${m[3] ?? fill}`);
}

/** Builds the filter columns of `docs`, folding each distinct speaker and tag once. */
export function buildColumns(docs: SearchDoc[]): FilterColumns {
  const n = docs.length;
  const speakerIds = new Map<string, number>();
  const speakers: string[][] = [];
  const tagIds = new Map<string, number>();
  const tags: string[] = [];
  const speakerOf = new Int32Array(n);
  const typeOf = new Uint8Array(n);
  const libraryOf = new Uint8Array(n);
  const dateOf = new Int32Array(n);
  const tagStart = new Uint32Array(n + 1);
  const tagSeq: number[] = [];
  for (let d = 0; d < n; d++) {
    const doc = docs[d] as SearchDoc;
    if (doc.speaker) {
      let id = speakerIds.get(doc.speaker);
      if (id === undefined) {
        id = speakers.length;
        speakerIds.set(doc.speaker, id);
        speakers.push(foldedWordList(doc.speaker));
      }
      speakerOf[d] = id;
    } else speakerOf[d] = -1;
    typeOf[d] = Math.max(0, SOURCE_TYPES.indexOf(doc.sourceType));
    libraryOf[d] = doc.library === 'personal' ? 1 : 0;
    dateOf[d] = dateKey(doc.date);
    for (const tag of doc.tags) {
      let id = tagIds.get(tag);
      if (id === undefined) {
        id = tags.length;
        tagIds.set(tag, id);
        tags.push(foldedWordList(tag).join(' '));
      }
      tagSeq.push(id);
    }
    tagStart[d + 1] = tagSeq.length;
  }
  return { speakers, speakerOf, typeOf, libraryOf, dateOf, tags, tagStart, tagSeq: Uint32Array.from(tagSeq) };
}

/** True when the filters ask for nothing. */
export function noFilters(f: SearchFilters): boolean {
  return (
    !f.speaker?.trim() &&
    (f.sourceType === undefined || (Array.isArray(f.sourceType) && f.sourceType.length === 0)) &&
    !f.from &&
    !f.to &&
    !f.library &&
    !(f.tags && f.tags.length)
  );
}

/** Compiles filters into a test of one passage number, or null when there is nothing to test. */
export function compileFilters(columns: FilterColumns, filters: SearchFilters): ((d: number) => boolean) | null {
  if (noFilters(filters)) return null;
  let speakerOk: Uint8Array | null = null;
  const speakerWords = filters.speaker ? foldedWordList(filters.speaker) : [];
  if (speakerWords.length) {
    speakerOk = new Uint8Array(columns.speakers.length);
    columns.speakers.forEach((name, id) => {
      if (nameQueryMatches(speakerWords, name)) speakerOk![id] = 1;
    });
  }
  const types = filters.sourceType === undefined ? null : [filters.sourceType].flat();
  const typeOk = types && types.length ? new Set(types.map((t) => SOURCE_TYPES.indexOf(t))) : null;
  const library = filters.library === undefined ? -1 : filters.library === 'personal' ? 1 : 0;
  const from = filters.from ? dateKey(filters.from, '00') : -1;
  const to = filters.to ? dateKey(filters.to, '99') : -1;
  const dated = Boolean(filters.from || filters.to);
  const tagSets = (filters.tags ?? [])
    .map((t) => foldedWordList(t).join(' '))
    .filter(Boolean)
    .map((t) => {
      const ok = new Uint8Array(columns.tags.length);
      columns.tags.forEach((tag, id) => {
        if (tag === t || tag.startsWith(t)) ok[id] = 1;
      });
      return ok;
    });
  const c = columns;
  return (d: number): boolean => {
    if (speakerOk && (c.speakerOf[d] as number) < 0) return false;
    if (speakerOk && speakerOk[c.speakerOf[d] as number] !== 1) return false;
    if (typeOk && !typeOk.has(c.typeOf[d] as number)) return false;
    if (library >= 0 && c.libraryOf[d] !== library) return false;
    if (dated) {
      const date = c.dateOf[d] as number;
      if (date < 0 || (from >= 0 && date < from) || (to >= 0 && date > to)) return false;
    }
    for (const ok of tagSets) {
      let found = false;
      for (let k = c.tagStart[d] as number; k < (c.tagStart[d + 1] as number); k++) {
        if (ok[c.tagSeq[k] as number] === 1) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  };
}
