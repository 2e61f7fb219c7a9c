// Small wording helpers every human-readable appendix format shares: dates, counts, speaker lists, source lines.
import { isWebAddress } from '../model/source';
import { formatWhenUtc } from '../text/format-when';
import { unknownSpeakersText, type SpeakerCounts } from '../verify/speaker-outcome';
import { verdictSummaryText } from '../verify/summary';
import type { AppendixHeader, AppendixLink, AppendixQuoteCheck, AppendixQuoteCounts, AppendixSource } from './types';

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The header's one-line summary: "5 claims, 7 source links, 4 sources; 2 block publication." */
export function headerSummary(h: AppendixHeader): string {
  const parts = `${plural(h.claimCount, 'claim')}, ${plural(h.linkCount, 'source link')}, ${plural(h.sourceCount, 'source')}`;
  const blocking =
    h.blockingCount === 0
      ? 'none blocks publication'
      : `${h.blockingCount} ${h.blockingCount === 1 ? 'blocks' : 'block'} publication`;
  const orphans = h.orphanedCount > 0 ? `; ${plural(h.orphanedCount, 'claim')} not found in the current draft` : '';
  return `${parts}; ${blocking}${orphans}.`;
}

/** What the header says about confidential sources. */
export function confidentialityLine(h: AppendixHeader): string {
  if (h.includesConfidential)
    return 'This appendix INCLUDES confidential sources: do not publish or share it outside the newsroom.';
  if (h.redactedSourceCount === 0) return 'No confidential sources are cited.';
  return `${plural(h.redactedSourceCount, 'confidential source')} ${h.redactedSourceCount === 1 ? 'is' : 'are'} redacted.`;
}

/** The facts about a source after its title, joined: "Interview transcript · Ana Ruiz, Ben Lee · 2025-01-02". */
export function sourceFacts(source: AppendixSource): string[] {
  if (source.redacted) return ['Details withheld'];
  const facts: string[] = [];
  if (!source.missing) facts.push(source.typeLabel);
  if (source.speakers.length > 0) facts.push(source.speakers.join(', '));
  if (source.date) facts.push(source.date);
  const snap = source.snapshot;
  if (snap) {
    const moved = snap.finalUrl !== source.url ? ` from ${snap.finalUrl}` : '';
    facts.push(`snapshot fetched ${snap.fetchedAt}${moved}, SHA-256 ${snap.sha256}`);
  }
  const newsroom = source.newsroom;
  if (newsroom)
    facts.push(
      `from the newsroom library (${newsroom.server}, ${newsroom.id}, content SHA-256 ${newsroom.contentHash})`,
    );
  return facts;
}

/** "Claim 3 is not in the current draft" etc.: the anchor state as words, or '' for a claim in place. */
export function anchorStateNote(state: string): string {
  if (state === 'orphaned') return 'Not found in the current draft version';
  if (state === 'changed') return 'Wording changed in the current draft version';
  return '';
}

/** True when the URL is an absolute http(s) address that is safe to make a link of. */
export function isLinkableUrl(url: string | null): url is string {
  return isWebAddress(url);
}

/** The checked line: "Checked by Ana Ruiz, 2025-03-04 14:05 UTC" or "Not checked yet". */
export function checkedLine(checkedBy: string | null, checkedAt: string | null): string {
  if (!checkedBy) return 'Status not changed since the claim was marked';
  return `Status set by ${checkedBy}${checkedAt ? `, ${formatWhenUtc(checkedAt)}` : ''}`;
}

/** The link heading words: "Supports — Interview with the mayor". */
export function linkTitle(link: AppendixLink): string {
  return `${link.relationLabel}: ${link.source.title}`;
}

/** A quote claim's speaker check, its outcome word first: "Unknown — The draft names no speaker for this quote". */
export function speakerCheckLine(check: AppendixQuoteCheck): string {
  const word = check.speakerOutcome.charAt(0).toUpperCase() + check.speakerOutcome.slice(1);
  return `${word} — ${check.speakerReason}`;
}

/**
 * The header's speaker counts and how many quotes they cover: "2 match, 1 mismatch, 3 unknown (all 6 quotes in the
 * draft); 3 quotes have no speaker Factdesk could identify: check them by hand".
 */
export function speakerChecksLine(counts: SpeakerCounts, quotes: number): string {
  const counted = quotes === 1 ? 'the 1 quote in the draft' : `all ${quotes} quotes in the draft`;
  const line = `${counts.match} match, ${counts.mismatch} mismatch, ${counts.unknown} unknown (${counted})`;
  return counts.unknown > 0 ? `${line}; ${unknownSpeakersText(counts.unknown)}` : line;
}

/** How many of the draft's quotes are marked as claims: "2 marked as claims, 4 not marked", "all marked as claims". */
export function markedQuotesText(q: Pick<AppendixQuoteCounts, 'total' | 'markedAsClaims'>): string {
  const marked = q.markedAsClaims;
  const rest = q.total - marked;
  if (rest === 0) return q.total === 1 ? 'marked as a claim' : 'all marked as claims';
  if (marked === 0) return q.total === 1 ? 'not marked as a claim' : 'none marked as claims';
  return `${marked} marked as ${marked === 1 ? 'a claim' : 'claims'}, ${rest} not marked`;
}

/**
 * The header's quote facts, as every format prints them: the Quote check's verdict line with how many quotes are
 * marked as claims ("6 quotes: 3 exact, 1 altered, 2 not found; 2 marked as claims, 4 not marked"), then the speaker
 * counts of those same quotes. None when the quote check was not run; no speaker line when the draft has no quotes.
 */
export function quoteHeaderFacts(h: Pick<AppendixHeader, 'quotes' | 'speakerChecks'>): [string, string][] {
  const q = h.quotes;
  if (!q || !h.speakerChecks) return [];
  const verdicts = verdictSummaryText({ total: q.total, counts: q.verdicts, speakers: h.speakerChecks });
  if (q.total === 0) return [['Quote check', verdicts]];
  return [
    ['Quote check', `${verdicts}; ${markedQuotesText(q)}`],
    ['Quote speakers', speakerChecksLine(h.speakerChecks, q.total)],
  ];
}

/** Opening and closing quotation marks a quote may already carry: straight, curly, low-9 and guillemets. */
const OPENING_MARKS = '"\'“‘„‚«»「『';
const CLOSING_MARKS = '"\'”’“‘»«」』';

/**
 * The text between one pair of curly quotation marks, for showing a quote. A quote that already starts and ends
 * with quotation marks (straight or curly, as the draft or the source wrote it) is shown as it is, never doubled.
 */
export function inQuotationMarks(text: string): string {
  const t = text.trim();
  const first = t.charAt(0);
  const last = t.charAt(t.length - 1);
  if (t.length >= 2 && OPENING_MARKS.includes(first) && CLOSING_MARKS.includes(last)) return t;
  return `“${t}”`;
}
