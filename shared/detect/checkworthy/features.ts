// The features the check-worthiness score reads from one sentence: its words and word pairs, the kinds of
// check-worthy span the detectors found in it, and a few cues of a factual claim (comparisons, records, money, length).
// The training script and the app call the same function, so a model always sees sentences the way it was taught.
import type { ClaimKind } from '../../model/claim';

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}’'-]*|\d[\d,.]*|[%$€£?]/gu;

const words = (list: string): string[] => list.split(' ');

/** Words that are cues of a factual claim or of talk, each with the cue it signals. */
const CUE_WORDS: ReadonlyMap<string, string> = new Map([
  ...words(
    'increase increased increases decrease decreased decreases rose risen fell fallen doubled tripled cut raised lost gained grew dropped',
  ).map((w) => [w, 'c:change'] as const),
  ...words('$ € £ % dollar dollars billion million trillion percent').map((w) => [w, 'c:money'] as const),
  ...words('record ever never always history historic all-time').map((w) => [w, 'c:record'] as const),
  ...words('america american country nation china mexico iran russia isis nafta').map((w) => [w, 'c:country'] as const),
  ...words('job jobs tax taxes unemployment deficit debt trade economy wage wages income gdp companies factories').map(
    (w) => [w, 'c:economy'] as const,
  ),
  ...words('thank thanks applause laughter crosstalk welcome').map((w) => [w, 'c:thanks'] as const),
]);
/** Word pairs that are cues, keyed by their first word. */
const CUE_PAIRS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'went',
    new Map([
      ['up', 'c:change'],
      ['down', 'c:change'],
    ]),
  ],
  ['per', new Map([['cent', 'c:money']])],
  ['every', new Map([['single', 'c:record']])],
  ['united', new Map([['states', 'c:country']])],
  ['i', new Map(words('think believe hope want').map((w) => [w, 'c:hedge']))],
  ['let', new Map([['me', 'c:hedge']])],
  ['going', new Map([['to', 'c:hedge']])],
  ['we', new Map([['will', 'c:hedge']])],
]);
const COMPARATIVES = new Set(
  words('more less fewer higher lower bigger smaller larger greater better worse faster slower'),
);
const SUBJECTS: ReadonlyMap<string, string> = new Map([
  ...words('i we').map((w) => [w, 'c:first-person-record'] as const),
  ...words('she he they hillary obama clinton trump').map((w) => [w, 'c:they-did'] as const),
]);
const DID = new Set(
  words('voted passed created built signed cut raised supported opposed said did brought added wanted called approved'),
);
const HAVE = new Set(words('have has had'));

/**
 * Cues that a sentence compares, counts, claims a record or is talk rather than a claim ("c:comparative",
 * "c:money", ...), read from its tokens in one pass; each cue is added once.
 */
function cues(tokens: readonly string[], sentence: string, out: Set<string>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const previous = tokens[i - 1] ?? '';
    const cue = CUE_WORDS.get(t) ?? CUE_PAIRS.get(previous)?.get(t);
    if (cue) out.add(cue);
    if (t === 'than' && (COMPARATIVES.has(previous) || COMPARATIVES.has(tokens[i - 2] ?? ''))) out.add('c:comparative');
    if (DID.has(t)) {
      const subject = SUBJECTS.get(HAVE.has(previous) ? (tokens[i - 2] ?? '') : previous);
      if (subject) out.add(subject);
    }
  }
  const last = sentence.trimEnd().at(-1);
  if (last === '?') out.add('c:question');
  if (last === '!') out.add('c:exclamation');
}

function lengthBucket(words: number): string {
  if (words < 5) return 'len:<5';
  if (words < 10) return 'len:5-9';
  if (words < 20) return 'len:10-19';
  if (words < 40) return 'len:20-39';
  return 'len:40+';
}

/**
 * The words of a sentence, lower-cased; any number becomes "#" so "7 million" and "12 million" read alike. Also
 * counts the capitalised words after the first (a cheap sign of people, places and organisations).
 */
function readTokens(sentence: string): { tokens: string[]; names: number } {
  const tokens: string[] = [];
  let names = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const t = m[0];
    const code = t.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      tokens.push('#');
      continue;
    }
    const lower = t.toLowerCase();
    if (tokens.length > 0 && lower !== t && t.length > 1 && lower[0] !== t[0]) names++;
    tokens.push(lower.includes('’') ? lower.replace(/’/gu, "'") : lower);
  }
  return { tokens, names };
}

/** The words of a sentence as the model reads them: lower-cased, numbers as "#". */
export function sentenceTokens(sentence: string): string[] {
  return readTokens(sentence).tokens;
}

/** Receives a sentence's features as visitFeatures reads them. */
export interface FeatureVisitor {
  /** A word, with the word before it ("^" at the start): the features "w:<word>" and "b:<previous> <word>". */
  word(token: string, previous: string): void;
  /** Any other feature: "k:<kind>", "c:<cue>", "len:...", "names:...". */
  other(name: string): void;
}

/**
 * Reads the features of one sentence into `visit`: each word and word pair (repeats count again), "k:<kind>" for each
 * kind of span the detectors found in it, each matching cue, a length bucket and how many capitalised words follow
 * the first. Returns the number of features read. The one reading both training and scoring use.
 */
export function visitFeatures(sentence: string, kinds: Iterable<ClaimKind>, visit: FeatureVisitor): number {
  const { tokens, names } = readTokens(sentence);
  let previous = '^';
  for (const t of tokens) {
    visit.word(t, previous);
    previous = t;
  }
  const others = new Set<string>();
  for (const k of kinds) others.add(`k:${k}`);
  cues(tokens, sentence, others);
  others.add(lengthBucket(tokens.length));
  others.add(names === 0 ? 'names:0' : names < 3 ? 'names:1-2' : 'names:3+');
  for (const o of others) visit.other(o);
  return tokens.length * 2 + others.size;
}

/** The features of one sentence as names ("w:<word>", "b:<word> <word>", "k:quote", ...), repeats included. */
export function sentenceFeatures(sentence: string, kinds: Iterable<ClaimKind>): string[] {
  const out: string[] = [];
  visitFeatures(sentence, kinds, {
    word: (t, previous) => out.push(`w:${t}`, `b:${previous} ${t}`),
    other: (name) => out.push(name),
  });
  return out;
}
