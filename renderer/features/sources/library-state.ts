// Pure helpers of the Library area: highlight segments built from [start, end) ranges, search hits grouped by source,
// the filter form mapped to the engine's filters (and to query words for the fallback), and how sources are listed.
import type { LibraryName, SearchHit, SourceView } from '../../../shared/api/views';
import type { SourceLink } from '../../../shared/model/claim';
import { SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import type { LibraryHome, SourceType } from '../../../shared/model/source';
import type { SearchFilters } from '../../../shared/search/columns';
import { displayLabel } from '../../../shared/people';

/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` at the highlight ranges. Ranges are clamped to the text, sorted and merged when they touch, so the
 * segments always cover the text exactly once.
 */
export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a), marked: false });
    out.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** A hit from this computer (the project or the personal library): one that can be opened and attached. */
export type LocalHit = SearchHit & { library: LibraryName };

export function isLocalHit(hit: SearchHit): hit is LocalHit {
  return hit.library !== 'newsroom';
}

/** The hits of one source, best first. */
export interface HitGroup {
  key: string;
  library: LibraryHome;
  sourceId: string;
  sourceTitle: string;
  sourceType: SourceType;
  hits: SearchHit[];
}

/** Groups hits by library and source, the group of the best hit first; each group keeps its hits in order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = `${hit.library}:${hit.sourceId}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        library: hit.library,
        sourceId: hit.sourceId,
        sourceTitle: hit.sourceTitle,
        sourceType: hit.sourceType,
        hits: [],
      };
      groups.set(key, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The filter form of the Library area; empty strings mean "any". */
export interface FilterForm {
  speaker: string;
  type: SourceType | '';
  from: string;
  to: string;
  library: LibraryName | '';
  tag: string;
}

export const EMPTY_FILTERS: FilterForm = { speaker: '', type: '', from: '', to: '', library: '', tag: '' };

/** How many filters are set. */
export function countFilters(form: FilterForm): number {
  return Object.values(form).filter((v) => v.trim() !== '').length;
}

/** A date field as the engine reads it (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is not one. */
export function cleanDate(value: string): string | null {
  const v = value.trim();
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : null;
}

/** The form as the engine's filters (a date that is not a date is left out: the form shows it as invalid). */
export function toSearchFilters(form: FilterForm): SearchFilters {
  const filters: SearchFilters = {};
  if (form.speaker.trim()) filters.speaker = form.speaker.trim();
  if (form.type) filters.sourceType = [form.type];
  const from = cleanDate(form.from);
  const to = cleanDate(form.to);
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (form.library) filters.library = form.library;
  if (form.tag.trim()) filters.tags = [form.tag.trim()];
  return filters;
}

function quoted(value: string): string {
  const v = value.trim().replace(/"/g, '');
  return /\s/.test(v) ? `"${v}"` : v;
}

/** The form as filter words for searchLibrary (the fallback has no filters argument): speaker:"Ana Reyes" type:speech. */
export function filtersToQuery(form: FilterForm): string {
  const words: string[] = [];
  if (form.speaker.trim()) words.push(`speaker:${quoted(form.speaker)}`);
  if (form.type) words.push(`type:${form.type}`);
  const from = cleanDate(form.from);
  const to = cleanDate(form.to);
  if (from) words.push(`from:${from}`);
  if (to) words.push(`to:${to}`);
  if (form.library) words.push(`in:${form.library}`);
  if (form.tag.trim()) words.push(`tag:${quoted(form.tag)}`);
  return words.join(' ');
}

/** True when the search has something to look for: two typed characters, or a filter. */
export function isSearching(query: string, form: FilterForm): boolean {
  return query.trim().length >= 2 || countFilters(form) > 0;
}

/** "Project" or "Personal library". */
export function libraryLabel(library: LibraryHome): string {
  if (library === 'newsroom') return 'Newsroom';
  return library === 'project' ? 'Project' : 'Personal library';
}

/** The facts line of a source: type, date, speakers and passage count. */
export function sourceFacts(source: Pick<SourceView, 'type' | 'date' | 'speakers' | 'passageCount'>): string[] {
  const facts: string[] = [SOURCE_TYPE_LABELS[source.type]];
  if (source.date) facts.push(source.date);
  if (source.speakers.length > 0) {
    const shown = source.speakers.slice(0, 3).map(displayLabel).join(', ');
    facts.push(source.speakers.length > 3 ? `${shown} and ${source.speakers.length - 3} more` : shown);
  }
  facts.push(`${source.passageCount.toLocaleString('en')} ${source.passageCount === 1 ? 'passage' : 'passages'}`);
  return facts;
}

/**
 * The sources to list, per library. A project copy of a personal-library source (made when one of its passages was
 * attached) is listed under the personal library while that still has it, like search does.
 */
export function listedSources(sources: readonly SourceView[]): { project: SourceView[]; personal: SourceView[] } {
  const personal = sources.filter((s) => s.library === 'personal');
  const inLibrary = new Set(personal.map((s) => s.id));
  const project = sources.filter((s) => s.library === 'project' && !(s.fromLibrary && inLibrary.has(s.fromLibrary)));
  const byTitle = (a: SourceView, b: SourceView) => a.title.localeCompare(b.title);
  return { project: project.sort(byTitle), personal: personal.sort(byTitle) };
}

/** Where a link's source can be opened: the personal library while it has it, else the project's copy; null when gone. */
export function sourceOfLink(link: Pick<SourceLink, 'sourceId'>, sources: readonly SourceView[]): SourceView | null {
  return (
    sources.find((s) => s.library === 'personal' && s.id === link.sourceId) ??
    sources.find((s) => s.library === 'project' && s.id === link.sourceId) ??
    null
  );
}

/** A title fit for places outside the window's own content (window titles, notifications): confidential ones hidden. */
export function publicTitle(source: Pick<SourceView, 'title' | 'confidential'>): string {
  return source.confidential ? 'a confidential source' : source.title;
}
