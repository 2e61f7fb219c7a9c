// Dates and times worth checking: "March 3, 2025", "14 June", "Sept. 30", years and decades ("2019", "the 1990s",
// "’90s"), weekdays ("Tuesday morning"), times ("7 a.m.", "noon") and dates relative to the story ("last year",
// "next week", "the past two years"), which a checker must pin to a real date.
import { mergeOverlapping, type Found } from './types';

const MONTH = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ABBR = String.raw`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[6-9]|20)\d{2}`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART_OF_DAY = String.raw`(?:\s(?:morning|afternoon|evening|night))`;
const SMALL = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\\d+';
const UNIT = 'days|weeks|months|years|decades|hours';

const PATTERNS: { re: RegExp; reason: (m: string) => string }[] = [
  {
    // "March 3, 2025", "Sept. 30", "early March", "May 5", "June 2026"
    re: new RegExp(
      String.raw`\b(?:(?:early|mid|late)[- ])?(?:(?:${MONTH}|${MONTH_ABBR})(?:\s${DAY})?(?:,?\s${YEAR})?|May(?:\s${DAY}(?:,?\s${YEAR})?|,?\s${YEAR}))(?![\p{L}\p{N}])`,
      'gu',
    ),
    reason: (m) => (/\d/u.test(m) ? 'Date' : 'Month'),
  },
  {
    // "14 June", "3 March 2025", "the 4th of July"
    re: new RegExp(String.raw`\b${DAY}\s(?:of\s)?(?:${MONTH}|May)(?:\s${YEAR})?(?![\p{L}])`, 'gu'),
    reason: () => 'Date',
  },
  {
    // "in May", "since May", "last May"
    re: /(?<=\b(?:in|since|until|by|last|next|this|early|mid|late|of|on|through|before|after)\s)May(?![\p{L}\p{N}])/gu,
    reason: () => 'Month',
  },
  { re: new RegExp(String.raw`\b(?:${WEEKDAY})${PART_OF_DAY}?(?![\p{L}])`, 'gu'), reason: () => 'Day of the week' },
  {
    // years, decades and seasons: "2019", "the 1990s", "’90s", "2024-25", "fiscal 2026"
    re: new RegExp(
      String.raw`(?=[\d’'])(?<![\p{L}\p{N}$€£¥/.,:-])(?:${YEAR}(?:s|[-–/](?:\d{2}|${YEAR}))?|[’']\d0s)(?![\p{L}\p{N}%]|[.,]\d|\s(?:percent|per cent|million|billion)\b)`,
      'gu',
    ),
    reason: (m) => (/s$/u.test(m) ? 'Decade' : 'Year'),
  },
  {
    re: /\b(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midnight\b)/gu,
    reason: () => 'Time of day',
  },
  {
    re: new RegExp(
      String.raw`\b(?:(?:(?:early|late|earlier|later)\s)?(?:last|next|this)\s(?:week|weekend|month|year|spring|summer|fall|autumn|winter|season|decade|century|morning|afternoon|evening)|yesterday|tomorrow|(?:the\s)?(?:past|last|next|previous|coming)\s(?:${SMALL})\s(?:${UNIT}))(?![\p{L}])`,
      'giu',
    ),
    reason: (m) => `Relative date: '${m.toLowerCase()}'`,
  },
  {
    re: /(?=\d)(?<![\p{N}/])(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\p{N}/])/gu,
    reason: () => 'Date',
  },
];

/** Finds dates, years, weekdays, times and relative dates, in draft order, overlapping finds merged into one. */
export function findDates(text: string): Found[] {
  const found: Found[] = [];
  for (const { re, reason } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'date', reason: reason(m[0]), speaker: null });
    }
  }
  return mergeOverlapping(found);
}
