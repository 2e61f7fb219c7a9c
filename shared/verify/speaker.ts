// Does the draft's attribution name the person who spoke the matched passage? "Bass", "Karen Bass" and "Mayor Bass"
// are one person; titles, honorifics and case do not count; an initial stands for a name ("John F. Kennedy" is
// "John Fitzgerald Kennedy"). Pronouns and unnamed attributions cannot be checked.
import { trimTitles } from '../detect/names';
import { normalizeForSearch } from '../text/normalize';

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

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** True when every word of the shorter name matches its own word of the longer one, a full word among them. */
function subsetOf(short: string[], long: string[]): boolean {
  const used = new Set<number>();
  let full = false;
  for (const w of short) {
    const k = long.findIndex((x, i) => !used.has(i) && wordsMatch(w, x));
    if (k < 0) return false;
    used.add(k);
    if (w.length > 1 && (long[k] as string).length > 1) full = true;
  }
  return full;
}

/**
 * Compares the draft's attribution with a passage's speaker: true for the same person, false for someone else,
 * null when the draft names nobody (no attribution, a pronoun, only a title) or the passage has no speaker.
 */
export function speakerMatches(attributedTo: string | null, speaker: string | null): boolean | null {
  const a = nameWords(attributedTo);
  const b = nameWords(speaker);
  if (a.length === 0 || b.length === 0) return null;
  return a.length <= b.length ? subsetOf(a, b) : subsetOf(b, a);
}
