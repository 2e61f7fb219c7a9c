// Numbers worth checking: counts with separators, decimals, percentages, money ($1.2 million, €300, £5bn), ranges and
// scores (9-4, 12 to 18), ordinals in figures (74th), and numbers in words ("two-thirds", "a dozen", "three families").
// Years, dates and times belong to dates.ts; numbers that are part of a name ("District 4", "Local 696") are skipped.
import type { Found } from './types';

const CURRENCY = String.raw`(?:US\$|A\$|C\$|CA\$|NZ\$|HK\$|R\$|\$|€|£|¥|₹|₩|₪|CHF\s?)`;
const FIGURE = String.raw`(?:\d{1,3}(?:[,\u00A0\u202F]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:hundred|thousand|million|billion|trillion)`;
const SCALE_SHORT = String.raw`(?:bn|mn|tn|m|k|b)`;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per\s?cent|percentage points?))`;
const CURRENCY_WORD = String.raw`(?:\s(?:dollars|euros|pounds sterling|yen|francs|rupees|cents))`;
const AMOUNT = String.raw`${CURRENCY}?${FIGURE}(?:[\s-]${SCALE_WORD}|${SCALE_SHORT}(?![\p{L}]))?`;
const COMPOUND = String.raw`(?:-(?:year|day|week|month|hour|minute|page|mile|acre|foot|inch|point|game|seat|story|member|hospital|bed|unit|car|room|person|vote|percent)s?(?:-old)?)`;

const NUMBER = new RegExp(
  String.raw`(?=[$€£¥₹₩₪\dUACNHRuacnhr])(?<![\p{L}\p{N}$€£¥/.,’'-])${AMOUNT}(?:\s?(?:-|–|to)\s?${AMOUNT})?(?:${PERCENT}|${CURRENCY_WORD})?(?:(?:st|nd|rd|th)|${COMPOUND}|s)?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

const SMALL =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = new RegExp(
  String.raw`(?=[a-zA-Z])(?<![\p{L}\p{M}-])(?:(?:${TENS})(?:-(?:${ONES}))?|${SMALL}|a dozen|dozens|(?:one|two|three)-(?:halves|thirds|quarters|fourths|fifths)|one-(?:half|third|quarter|fourth|fifth)|a (?:third|quarter|fifth|half)|half)(?:\s(?:hundred|thousand|million|billion)(?:\sand\s(?:${TENS}|${SMALL}))?)?(?![\p{L}\p{M}]|-\p{L})`,
  'giu',
);

/** Words before a figure that make it part of a name or a label rather than a quantity. */
const LABEL_BEFORE =
  /(?:\b(?:District|Highway|Route|Interstate|Local|Proposition|Prop\.|Measure|Section|Article|Chapter|Title|Room|Suite|Apt\.|Apartment|Station|Ward|Precinct|Flight|Channel|Gate|Pier|Terminal|Unit|Building|Lot|Exit|Level|Category|Grade|Phase|Stage|No\.|Number|Bill|Case|Docket|Form|Model|Series|Version|Windows|Figure|Table|Page|Line|I|US|SR|HR|SB|AB)\s?|[#№]\s?)$/u;
/** Words after a word-number that make it a turn of phrase, not a count ("half the time", "two-thirds" stays). */
const IDIOM_AFTER = /^\s(?:of (?:us|them|you)|and a half\b|or (?:two|three)\b|another\b|ways\b|sides\b|cents'?\b)/iu;

function reasonFor(match: string): string {
  const m = match.toLowerCase();
  if (/%|percent|per\s?cent|percentage/u.test(m)) return 'Percentage';
  if (/^(?:us|a|c|ca|nz|hk|r)?[$€£¥₹₩₪]|^chf|dollars|euros|pounds|yen|francs|rupees|cents/u.test(m))
    return 'Amount of money';
  if (/\d\s?(?:-|–|to)\s?[$€£¥]?\d/u.test(m)) return 'Range or score';
  if (/\d(?:st|nd|rd|th)$/u.test(m)) return 'Ordinal number';
  if (/\d/u.test(m))
    return /hundred|thousand|million|billion|trillion|bn|mn|tn|\dm$|\dk$/u.test(m) ? 'Large number' : 'Number';
  if (/third|quarter|fourth|fifth|half|halves/u.test(m)) return 'Fraction, written in words';
  return 'Number, written in words';
}

/** True for a bare four-digit year or decade such as "2024", "1920s" or "2024-25", which dates.ts reports. */
function isYear(match: string): boolean {
  return /^(?:1[6-9]|20)\d{2}(?:s|[-–/](?:\d{2}|\d{4}))?$/u.test(match);
}

/**
 * Finds numbers in figures and in words. The span is the number with its currency, scale and percent sign
 * ("$1.2 million", "45 percent", "9-4"), not the thing counted.
 */
export function findNumbers(text: string): Found[] {
  const found: Found[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const match = m[0];
    if (isYear(match)) continue;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^\d{1,2}s$/u.test(match) && /[’']$/u.test(text.slice(0, m.index))) continue; // '90s is a decade
    found.push({
      start: m.index,
      end: m.index + match.length,
      kind: 'number',
      reason: reasonFor(match),
      speaker: null,
    });
  }
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (IDIOM_AFTER.test(after)) continue;
    if (/^half$/iu.test(m[0]) && !/^\s(?:of|the|a|an|their|its|his|her|our)\b/iu.test(after)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'number', reason: reasonFor(m[0]), speaker: null });
  }
  return found.sort((a, b) => a.start - b.start);
}
