// The one-line summary of a quote check, for the app and the command line alike: "5 quotes: 2 exact, 1 altered;
// 1 speaker mismatch; 2 quotes have no speaker Factdesk could identify: check them by hand".
import { countSpeakers, speakerSummaryText, type SpeakerCounts } from './speaker-outcome';
import { VERDICTS, type Verdict } from './types';

/** Short lower-case names for the summary line ("2 exact, 1 altered"). */
const SUMMARY_WORDS: Record<Verdict, string> = {
  exact: 'exact',
  punctuation: 'punctuation only',
  altered: 'altered',
  stitched: 'stitched',
  'not-found': 'not found',
  paraphrase: 'paraphrased',
};

export interface QuoteCounts {
  total: number;
  counts: Record<Verdict, number>;
  speakers: SpeakerCounts;
}

/** Counts quote checks by verdict and by speaker outcome. */
export function countQuotes(rows: readonly { verdict: Verdict; speakerMatch: boolean | null }[]): QuoteCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const row of rows) counts[row.verdict] += 1;
  return { total: rows.length, counts, speakers: countSpeakers(rows) };
}

/** The verdicts part of the summary: "5 quotes: 2 exact, 1 altered"; "No quotes in this draft" when there are none. */
export function verdictSummaryText(summary: QuoteCounts): string {
  if (summary.total === 0) return 'No quotes in this draft';
  const parts = VERDICTS.filter((v) => summary.counts[v] > 0).map((v) => `${summary.counts[v]} ${SUMMARY_WORDS[v]}`);
  const n = summary.total;
  return `${n} ${n === 1 ? 'quote' : 'quotes'}: ${parts.join(', ')}`;
}

/** The whole summary line, verdicts then speakers; "No quotes in this draft" when there are none. */
export function quoteSummaryText(summary: QuoteCounts): string {
  if (summary.total === 0) return verdictSummaryText(summary);
  return `${verdictSummaryText(summary)}; ${speakerSummaryText(summary.speakers)}`;
}
