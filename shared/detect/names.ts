// Titled names ("Mayor Karen Bass", "Gov. Gavin Newsom", "Superintendent Dr. Alicia Moreno"): a checker confirms the
// title and the spelling of each. Also the name pieces the attribution rules use to read a speaker.
import type { Found } from './types';

/** Capitalised titles written before a name, longest first so "Lt. Gov." wins over "Gov.". */
const TITLES = [
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Chief Operating Officer',
  'Lieutenant Governor',
  'Attorney General',
  'District Attorney',
  'City Attorney',
  'County Counsel',
  'City Manager',
  'City Controller',
  'County Administrator',
  'Vice President',
  'Prime Minister',
  'Secretary of State',
  'Chief Justice',
  'Police Chief',
  'Fire Chief',
  'Battalion Chief',
  'Deputy Chief',
  'Board President',
  'Council President',
  'Superior Court Judge',
  'District Judge',
  'Magistrate Judge',
  'Lt. Gov.',
  'Lt. Governor',
  'Mayor',
  'Gov.',
  'Governor',
  'President',
  'Sen.',
  'Senator',
  'Rep.',
  'Representative',
  'Assemblymember',
  'Assemblywoman',
  'Assemblyman',
  'Councilmember',
  'Councilwoman',
  'Councilman',
  'Councillor',
  'Alderman',
  'Alderwoman',
  'Supervisor',
  'Commissioner',
  'Judge',
  'Justice',
  'Dr.',
  'Dr',
  'Prof.',
  'Professor',
  'Chief',
  'Sheriff',
  'Superintendent',
  'Secretary',
  'Director',
  'Coach',
  'Capt.',
  'Captain',
  'Lt.',
  'Lieutenant',
  'Sgt.',
  'Sergeant',
  'Officer',
  'Detective',
  'Det.',
  'Deputy',
  'Treasurer',
  'Controller',
  'Administrator',
  'Chancellor',
  'Bishop',
  'Rev.',
  'Pastor',
  'Rabbi',
  'Imam',
  'Ambassador',
  'Speaker',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'CEO',
  'Dean',
  'Principal',
  'Minister',
  'Premier',
  'Gen.',
  'General',
  'Col.',
  'Colonel',
  'Adm.',
  'Admiral',
  'Inspector',
  'Trustee',
  'Mayor-elect',
  'Gov.-elect',
];

/** Job words that AP style writes in lower case before a name ("meteorologist Priya Raman", "captain Jonah Reed"). */
const LOWER_TITLES = [
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'meteorologist',
  'economist',
  'analyst',
  'captain',
  'chair',
  'chairman',
  'chairwoman',
  'president',
  'member',
  'coach',
  'director',
  'manager',
  'forward',
  'striker',
  'goalkeeper',
  'midfielder',
  'defender',
  'quarterback',
  'pitcher',
  'guard',
  'lawyer',
  'attorney',
  'researcher',
  'professor',
  'senator',
  'minister',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalised = (w: string): string => `[${w[0]?.toUpperCase()}${w[0]}]${escape(w.slice(1))}`;

/** One title (capitalised list, or a lower-case job word whose first letter may be capitalised at a sentence start). */
export const TITLE_SOURCE = `(?:${TITLES.map(escape).join('|')}|(?:${LOWER_TITLES.map(capitalised).join('|')}))`;

/** One capitalised word of a name: "Karen", "O’Brien", "Marc-André", "Éric", or an initial "J.". */
export const NAME_WORD_SOURCE = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*|[’'](?!s(?![\p{L}\p{M}]))\p{L}[\p{L}\p{M}]*)*)`;
const PARTICLE = String.raw`(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al|St\.)`;
/** A personal name of one to four words, allowing particles ("Ursula von der Leyen"). */
export const NAME_SOURCE = String.raw`${NAME_WORD_SOURCE}(?:\s(?:${PARTICLE}\s){0,2}${NAME_WORD_SOURCE}){0,3}`;

/** Words that are capitalised only because they start a sentence or a heading, never names on their own. */
export const NOT_NAMES = new Set(
  'The A An One In On At This That These Those His Her Their Its Our My Your Some Many Several Both All Most Other Another Each Every But And Also Then When After Before While If As For With Without Under Over Since Until By From To Of It He She They We I You There Here Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Officials Police'.split(
    ' ',
  ),
);

const TITLED = new RegExp(
  String.raw`(?=[A-Za-z])(?<![\p{L}\p{M}])(?:${TITLE_SOURCE}\s+)+(?!(?:${[...NOT_NAMES].join('|')})\b)(${NAME_SOURCE})(?![\p{L}\p{M}])`,
  'gu',
);
const TITLE_ONLY = new RegExp(String.raw`^(?:${TITLE_SOURCE})$`, 'u');

/** Finds titled names; the span runs from the first title word through the name, without a possessive ’s. */
export function findTitledNames(text: string): Found[] {
  const found: Found[] = [];
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    const name = trimTitles(m[1] ?? '');
    if (!name || isOrganisation(name)) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'name',
      reason: 'Name with a title: check the title and the spelling',
      speaker: name,
    });
  }
  return found;
}

/** Keeps the words after the last title word ("Cal Fire Battalion Chief Ray Sandoval" -> "Ray Sandoval"). */
export function trimTitles(name: string): string {
  const words = name.split(/\s+/u).filter(Boolean);
  let from = 0;
  words.forEach((w, i) => {
    if (TITLE_ONLY.test(w)) from = i + 1;
  });
  const rest = words.slice(from);
  while (rest.length > 0 && NOT_NAMES.has(rest[0] ?? '')) rest.shift();
  return rest.join(' ');
}

/** Last words that make a capitalised run an organisation or a place rather than a person. */
export const ORG_WORDS = new Set(
  'Department Office Court Council Committee Commission Service Services Board Agency Administration County City District University College School Schools Hospital Health Company Group Association Society Alliance Union Institute Center Centre Bureau Authority Ministry Senate House Party Club FC Inc Corp Motors Bank Fund Foundation Press Times News Cross Fire Police Letters Journal Electric Council Network Clinic System Systems'.split(
    ' ',
  ),
);

/** True when a name reads as an organisation or place ("Marlow County Public Health", "Cal Fire"). */
export function isOrganisation(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.some((w) => ORG_WORDS.has(w));
}

/** A subject ending in one of these words describes a source without naming it ("officials", "the department"). */
export const SOURCE_NOUNS =
  /(?:^|\s)(?:officials|advocates|analysts|economists|parents|residents|police|researchers|experts|workers|nurses|critics|authorities|prosecutors|investigators|scientists|agency|company|team|utility|union|department|office|county|city|state|district|board|court|report|study|survey|group|spokesperson|spokeswoman|spokesman|initiative|association|administration|government|ministry|committee|council|commission|data|records|figures|documents|filing|statement|mayor|governor|judge|sheriff|chief|family|families|neighbors|neighbours|students|teachers|doctors|fans|voters|lawmakers|leaders|members|organizers|owners|landlords|tenants|employees|staff|players)$/iu;

/** A capitalised run that may be a name (titles included); used with the global flag. */
export const NAME_RUN = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}\p{M}])${NAME_SOURCE}(?![\p{L}\p{M}])`, 'gu');
/** A name with any titles before it, the titles possibly after other capitalised words ("Superior Court Judge Marcus
 *  Bell", "Los Angeles Mayor Karen Bass"); used with the global flag, the name read with trimTitles. */
export const TITLED_RUN = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{M}])(?:(?:${NAME_WORD_SOURCE}\s+){0,4}?(?:${TITLE_SOURCE}\s+)+)?${NAME_SOURCE}(?![\p{L}\p{M}])`,
  'gu',
);
const CUT_AT = /\s(?:of|for|at|from|with|in|on|who|which|whose|representing)\s/u;

/**
 * Reads the named speaker out of an attribution's subject: "Mayor Karen Bass" -> "Karen Bass", "Professor Raj Menon
 * of Imperial College" -> "Raj Menon", "the National Weather Service" -> "National Weather Service". Null when the
 * subject names no one ("the department", "officials").
 */
export function nameInSubject(subject: string): string | null {
  const cut = CUT_AT.exec(subject);
  const head = cut ? subject.slice(0, cut.index) : subject;
  if (SOURCE_NOUNS.test(head.trim())) return null;
  const fromHead = lastRun(head);
  if (fromHead) return fromHead;
  return cut ? firstRun(subject.slice(cut.index)) : null;
}

function runs(s: string): string[] {
  const out: string[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(s); m; m = NAME_RUN.exec(s)) {
    const name = trimTitles(m[0]);
    if (name && !NOT_NAMES.has(name)) out.push(name);
  }
  return out;
}

function lastRun(s: string): string | null {
  const all = runs(s);
  return all[all.length - 1] ?? null;
}

function firstRun(s: string): string | null {
  return runs(s)[0] ?? null;
}
