// Superlatives and firsts: "the largest", "the nation's second-highest", "first-ever", "for the first time",
// "the first woman to", "a record", "all-time high", "unprecedented". Claims of rank are among the easiest to get wrong.
import type { Found } from './types';

const ADJECTIVES =
  'largest|biggest|highest|lowest|greatest|smallest|fastest|slowest|longest|shortest|oldest|youngest|deadliest|costliest|hottest|coldest|wettest|driest|warmest|strongest|weakest|busiest|heaviest|worst|best|richest|poorest|tallest|deepest|wealthiest|safest|cheapest|steepest|widest|fewest|hardest|toughest|brightest|farthest|furthest|most|least';
const DETERMINER = String.raw`(?:the|its|their|his|her|our|this|that)`;
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))`;
const COMPARED = String.raw`(?:most|least)\s[\p{L}\p{M}-]+`;

const PATTERNS: { re: RegExp; reason: (m: string) => string }[] = [
  {
    re: new RegExp(
      String.raw`(?:\b${DETERMINER}\s|(?<=[’']s\s))(?:${ORDINAL}[- ])?(?:${COMPARED}|${ADJECTIVES})(?:-(?:ever|growing|selling|paid|performing|populated|visited|watched))?(?![\p{L}\p{M}])|\b${ORDINAL}-(?:${ADJECTIVES})(?![\p{L}\p{M}])`,
      'giu',
    ),
    reason: (m) => `Superlative: '${m}'`,
  },
  {
    re: /\b(?:first-ever|for the first time|the first (?:time|woman|man|person|black|female|latino|latina|asian|openly|[\p{L}\p{M}]+ to)|(?<=[’']s )first (?!of\b)[\p{L}\p{M}]+|first [\p{L}\p{M}]+(?: [\p{L}\p{M}]+)? in (?:[\p{L}\p{M}]+ )?history|(?:the only|only the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)))(?: [\p{L}\p{M}]+)?)(?![\p{L}\p{M}])/giu,
    reason: (m) => `First or only: '${m}'`,
  },
  {
    re: /\b(?:(?:a|an|new|all-time)\s(?:record|high|low)(?:\s(?:high|low))?|record(?:-breaking|-setting)?\s(?:high|low|highs|lows|number|numbers|amount|level|levels|heat|rainfall|year|temperatures?|crowd|turnout|profits?|sales|losses|time)|record-(?:breaking|setting)|on record|unprecedented|never before)(?![\p{L}\p{M}])/giu,
    reason: (m) => `Record: '${m}'`,
  },
];

/** Words that look like "X's first ..." but are not claims of being first. */
const NOT_FIRST =
  /[’']s first (?:day|week|month|year|time|half|quarter|step|meeting|reading|round|game|season|visit|stop)$/iu;
/** Quantity uses of most/least that are not superlatives. */
const NOT_SUPERLATIVE = /^(?:at|the)\s(?:least|most)$|^(?:its|their|his|her|our)\s(?:most|least|best)$/iu;

/** Moves a start back over a possessive just before it ("the nation’s largest", "the club's first"). */
function withPossessive(text: string, at: number): number {
  if (!/[’']s\s$/u.test(text.slice(Math.max(0, at - 3), at))) return at;
  let s = at - 3;
  while (s > 0 && /[\p{L}\p{M}]/u.test(text[s - 1] ?? '')) s--;
  const article = /(?:^|[^\p{L}\p{M}])([Tt]he|[Aa])\s$/u.exec(text.slice(Math.max(0, s - 5), s));
  return article ? s - article[0].length + (article[0].length - (article[1] ?? '').length - 1) : s;
}

/** Finds superlatives, firsts, onlys and records; the span is the phrase that makes the claim of rank. */
export function findSuperlatives(text: string): Found[] {
  const found: Found[] = [];
  for (const { re, reason } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = withPossessive(text, m.index);
      const phrase = text.slice(start, m.index + m[0].length);
      if (NOT_FIRST.test(phrase) || NOT_SUPERLATIVE.test(phrase)) continue;
      if (/^the (?:most|least) (?:of|in|to|for|and|with)$/iu.test(phrase)) continue;
      if (/^at (?:least|most|best|worst)$/iu.test(text.slice(Math.max(0, m.index - 3), m.index + phrase.length).trim()))
        continue;
      found.push({
        start,
        end: start + phrase.length,
        kind: 'superlative',
        reason: reason(phrase.replace(/\s+/gu, ' ')),
        speaker: null,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
