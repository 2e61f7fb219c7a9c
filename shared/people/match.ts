// Whether two ways of writing a name pick out one person: "Bass" = "Karen Bass" = "Mayor Karen Bass" = a "BASS:" or
// "KAREN BASS:" transcript label. Titles, honorifics and case do not count; an initial stands for a name ("John F.
// Kennedy" is "John Fitzgerald Kennedy"). Pronouns, bare titles and interviewer labels name no source.
import { trimTitles } from '../detect/names';
import { normalizeForSearch } from '../text/normalize';
import { isInterviewerLabel } from './labels';

/** Words that are titles, honorifics or suffixes in any case, never part of whom a name picks out. */
const NOT_NAME = new Set(
  'mr mrs ms miss mx dr sir dame lord lady hon rev prof jr sr ii iii iv the former late then current acting mayor president vice gov governor sen senator rep representative congressman congresswoman secretary minister premier chancellor judge justice chief general gen col colonel adm admiral capt captain lt sgt officer detective sheriff commissioner councilmember councilman councilwoman supervisor director chairman chairwoman chair speaker ambassador prime elect deputy assistant spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);

const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'i',
  'we',
  'you',
  'it',
  'him',
  'her',
  'them',
  'one',
  'someone',
  'nobody',
]);

/** The name words of an attribution or speaker label, lower case without accents; empty when it names nobody. */
export function nameWords(name: string | null): string[] {
  if (!name) return [];
  const trimmed = trimTitles(name.trim()) || name;
  const words = normalizeForSearch(trimmed)
    .text.split(/[^\p{L}\p{M}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, ''))
    .filter((w) => w && !NOT_NAME.has(w));
  if (words.length === 1 && PRONOUNS.has(words[0] as string)) return [];
  return words.filter((w) => !PRONOUNS.has(w) || words.length > 1);
}

/** Drops title words from already folded words ("mayor", "karen", "bass" -> "karen", "bass"), unless nothing is left. */
export function withoutTitles(words: readonly string[]): string[] {
  const kept = words.filter((w) => !NOT_NAME.has(w));
  return kept.length > 0 ? kept : [...words];
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** True when every word of the shorter name matches its own word of the longer one, a full word among them. */
function subsetOf(short: readonly string[], long: readonly string[], prefix = false): boolean {
  const used = new Set<number>();
  let full = false;
  for (const w of short) {
    const k = long.findIndex((x, i) => !used.has(i) && (wordsMatch(w, x) || (prefix && x.startsWith(w))));
    if (k < 0) return false;
    used.add(k);
    if (w.length > 1 && (long[k] as string).length > 1) full = true;
  }
  return full;
}

/**
 * Compares the name a draft credits with a passage's speaker: true for the same person, false for someone else (an
 * interviewer's turn is never the credited person's), null when the draft names nobody (no attribution, a pronoun,
 * only a title) or the passage has no speaker.
 */
export function samePerson(attributedTo: string | null, speaker: string | null): boolean | null {
  const a = nameWords(attributedTo);
  if (a.length === 0 || isInterviewerLabel(attributedTo)) return null;
  if (isInterviewerLabel(speaker)) return false;
  const b = nameWords(speaker);
  if (b.length === 0) return null;
  return a.length <= b.length ? subsetOf(a, b) : subsetOf(b, a);
}

/**
 * The `speaker:` filter: true when the folded words typed (`query`, e.g. "mayor", "karen", "ba") pick out the
 * folded words of a passage's speaker (`name`). Titles are ignored on both sides; any typed word may be the start of
 * a name word ("abraham linc"), and a label shorter than the query matches when all of it is in the query ("BASS:"
 * for "karen bass").
 */
export function nameQueryMatches(query: readonly string[], name: readonly string[]): boolean {
  if (query.length === 0) return true;
  if (name.length === 0) return false;
  const q = withoutTitles(query);
  const n = withoutTitles(name);
  if (q.every((w) => n.some((part) => part === w || part.startsWith(w)))) return true;
  return n.length < q.length && subsetOf(n, q);
}
