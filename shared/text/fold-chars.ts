// Case and diacritic folding of single non-ASCII characters for the matching copy, cached per code point.

const caseCache = new Map<number, string>();
const searchCache = new Map<number, string>();

/** Letters that carry no combining mark under NFD but that readers type without their stroke or ligature. */
const SEARCH_EXTRA: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

const MARKS = /\p{Mn}/gu;

/**
 * Folds one non-ASCII code point: lower case (final sigma as sigma) when `foldCase`, and without diacritics
 * ("ë" -> "e", "ø" -> "o"; a lone combining accent, Hebrew point or Arabic vowel sign is dropped) when
 * `foldDiacritics`. Returns the replacement text: empty, one character, or a few (for "ß" -> "ss").
 */
export function foldCodePoint(cp: number, foldCase: boolean, foldDiacritics: boolean): string {
  if (!foldCase && !foldDiacritics) return String.fromCodePoint(cp);
  const cache = foldDiacritics ? searchCache : caseCache;
  const key = foldCase ? cp : -cp - 1;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (foldDiacritics && isFoldableMark(cp)) {
    cache.set(key, '');
    return '';
  }
  let text = String.fromCodePoint(cp);
  if (foldCase) text = text.toLowerCase().replace(/ς/g, 'σ');
  if (foldDiacritics) text = stripDiacritics(text);
  cache.set(key, text);
  return text;
}

function stripDiacritics(text: string): string {
  const extra = SEARCH_EXTRA[text] ?? SEARCH_EXTRA[text.toLowerCase()];
  if (extra !== undefined) return text === text.toLowerCase() ? extra : extra.toUpperCase();
  const decomposed = text.normalize('NFD');
  const stripped = decomposed.replace(MARKS, '');
  if (stripped === decomposed || stripped.length === 0) return text;
  return stripped.normalize('NFC');
}

/** Combining marks readers leave out when they type: Latin/Greek/Cyrillic accents, Hebrew points, Arabic vowels. */
function isFoldableMark(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x591 && cp <= 0x5bd) ||
    cp === 0x5bf ||
    cp === 0x5c1 ||
    cp === 0x5c2 ||
    cp === 0x5c4 ||
    cp === 0x5c5 ||
    cp === 0x5c7 ||
    (cp >= 0x64b && cp <= 0x65f) ||
    cp === 0x670
  );
}
