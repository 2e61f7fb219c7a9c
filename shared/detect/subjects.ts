// Reading who an attribution's subject is: a person ("Mayor Karen Bass" -> "Karen Bass"), a document or organisation
// ("a statement from the mayor's office", "the Federal Reserve"), a pronoun to resolve, or someone unnamed.
import { documentLabel, isDocumentSource } from './documents';
import { isOrganisation, nameInSubject, NOT_NAMES, TITLED_RUN, trimTitles } from './names';

/** Who an attribution names. */
export interface Subject {
  /** The person named, titles removed ("Karen Bass"); null for a pronoun, a document or someone unnamed. */
  name: string | null;
  /** The document or organisation as written ("the ordinance"); null otherwise. */
  document: string | null;
  /** "he", "she" or "they" when the draft uses a pronoun. */
  pronoun: string | null;
}

const NOBODY: Subject = { name: null, document: null, pronoun: null };
const PRONOUN = /^(?:he|she|they)$/iu;
/** "the president", "the new mayor": a person named earlier, resolved like a pronoun. */
const TITLE_ANAPHOR =
  /^the\s+(?:new\s+|former\s+|late\s+|then-)?(?:president|vice president|mayor|governor|senator|congressman|congresswoman|prime minister|chancellor|premier|judge|sheriff|chief|general|commissioner|secretary|minister|superintendent|coach)$/iu;

function pronounOf(s: string): Subject | null {
  if (PRONOUN.test(s) || TITLE_ANAPHOR.test(s)) return { name: null, document: null, pronoun: s.toLowerCase() };
  return null;
}
/** Capitalised words that open a sentence or a phrase but never a name. */
const LEAD_WORDS = new Set(
  'During Speaking Asked Later Earlier Last Next Yesterday Today Tomorrow Meanwhile However Still Yet Even Newly Now Instead Separately Afterward Afterwards Outside Inside Addressing Writing Responding Standing Using Citing Pointing'.split(
    ' ',
  ),
);
/** A name run right after one of these words is an object or a place, not the subject ("on Fox", "using New York"). */
const NOT_SUBJECT_BEFORE =
  /(?:^|[\s(])(?:on|in|at|from|of|for|with|by|to|into|about|against|during|using|as|like|than|including|and|&|the|a|an|of the|to the|at the|on the|for the|from the|with the|by the|in the)\s*$/iu;

function person(name: string): Subject {
  return { name, document: null, pronoun: null };
}

function asSubject(found: string | null, phrase: string): Subject {
  // "the Federal Reserve", "the White House": a capitalised name after "the" is an institution, not a person.
  const institution =
    found !== null && new RegExp(`^(?:the|The)\\s+${found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(phrase);
  if (found && !isOrganisation(found) && !institution) return person(found);
  if (institution) return { name: null, document: documentLabel(phrase), pronoun: null };
  if (isDocumentSource(phrase)) return { name: null, document: documentLabel(phrase), pronoun: null };
  return NOBODY;
}

/**
 * The subject written before an attribution verb: `Bass`, `Mayor Karen Bass, who proposed the budget,`, `she`,
 * `the department`, `a statement from the mayor's office`, `Homan, using New York City as an example`. The first
 * name in the clause that is not inside a phrase ("on Fox", "of the union") is the one that speaks.
 */
export function subjectOf(phrase: string): Subject {
  const s = phrase.trim().replace(/[\s,;:—–-]+$/u, '');
  if (!s) return NOBODY;
  const pronoun = pronounOf(s);
  if (pronoun) return pronoun;
  const lead = leadPerson(s);
  if (lead) return person(lead);
  return asSubject(nameInSubject(s), s);
}

/**
 * The person named first in a clause, skipping names inside prepositional phrases, organisations and places:
 * "During an appearance on Fox & Friends last week, Homan, using New York City as an example" -> "Homan".
 */
export function leadPerson(clause: string, possessive = false): string | null {
  TITLED_RUN.lastIndex = 0;
  for (let m = TITLED_RUN.exec(clause); m; m = TITLED_RUN.exec(clause)) {
    const words = m[0].split(/\s+/u);
    while (words.length > 0 && LEAD_WORDS.has((words[0] ?? '').replace(/-.*$/u, ''))) words.shift();
    const name = trimTitles(words.join(' '));
    if (!name || NOT_NAMES.has(name) || isOrganisation(name)) continue;
    if (NOT_SUBJECT_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!possessive && /^[’']s\b/u.test(clause.slice(m.index + m[0].length))) continue; // "Bass's office"
    return name;
  }
  return null;
}

/**
 * The subject written after a verb: `said Bass through a statement`, `said Mayor Karen Bass, who …`, `said the
 * department`, `according to the Federal Reserve`. Only the words right after the verb name the speaker.
 */
export function subjectAfterVerb(phrase: string): Subject {
  const s = phrase.trim().replace(/[\s,;:—–-]+$/u, '');
  if (!s) return NOBODY;
  const pronoun = pronounOf(s);
  if (pronoun) return pronoun;
  TITLED_RUN.lastIndex = 0;
  const first = TITLED_RUN.exec(s);
  if (first && first.index === 0) {
    const name = trimTitles(first[0]);
    if (name && !NOT_NAMES.has(name)) return asSubject(name, s);
  }
  return asSubject(nameInSubject(s), s);
}
