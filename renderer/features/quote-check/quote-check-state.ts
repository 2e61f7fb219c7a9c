// The Quote check's pure parts: which quotes need attention, the summary line, filters and sorting, the speaker line,
// the diff in words, the findings the publish gate lists, and when a project change means the check must rerun.
import type { ProjectView, CheckedQuote, QuoteVerdict } from '../../../shared/api/views';
import { SPEAKER_OUTCOME_LABELS, speakerOutcome } from '../../../shared/verify/speaker-outcome';
import type { SpeakerCounts, SpeakerOutcome } from '../../../shared/verify/speaker-outcome';
import { countQuotes, quoteSummaryText, verdictSummaryText } from '../../../shared/verify/summary';
import { VERDICT_LABELS } from '../../../shared/verify/types';

export { displayName } from '../../../shared/verify/speaker-outcome';

export type QuoteFilter = 'all' | 'attention' | 'fine';
export type QuoteSort = 'draft' | 'severity';

/** Verdicts that mean the quote, as printed, is not what the source says. */
export const ATTENTION_VERDICTS: ReadonlySet<QuoteVerdict> = new Set([
  'altered',
  'stitched',
  'not-found',
  'paraphrase',
]);

/** Worst first: the order "Most serious first" sorts by. */
const SEVERITY: Record<QuoteVerdict, number> = {
  'not-found': 0,
  stitched: 1,
  altered: 2,
  paraphrase: 3,
  punctuation: 6,
  exact: 7,
};

/**
 * True when the checker should look at this quote: its words differ from the source, or its speaker is not a
 * checked match (a mismatch, or a speaker Factdesk could not identify, which someone has to check by hand).
 */
export function needsAttention(row: Pick<CheckedQuote, 'verdict' | 'speakerMatch'>): boolean {
  return ATTENTION_VERDICTS.has(row.verdict) || row.speakerMatch !== true;
}

export interface QuoteSummary {
  total: number;
  counts: Record<QuoteVerdict, number>;
  /** Speakers matched, mismatched and unknown: three counts, never folded together. */
  speakers: SpeakerCounts;
  speakerMismatches: number;
  attention: number;
  fine: number;
}

/** Counts by verdict and speaker outcome, and how many need attention. */
export function summarize(rows: readonly CheckedQuote[]): QuoteSummary {
  const { total, counts, speakers } = countQuotes(rows);
  const attention = rows.filter((row) => needsAttention(row)).length;
  return { total, counts, speakers, speakerMismatches: speakers.mismatch, attention, fine: total - attention };
}

/** The summary line: "5 quotes: 2 exact, 1 altered; 1 speaker mismatch; 2 quotes have no speaker Factdesk could
 *  identify: check them by hand". It says the speakers match only when every one was checked and matched. */
export function summaryText(summary: QuoteSummary): string {
  return quoteSummaryText(summary);
}

/** The verdicts only ("5 quotes: 2 exact, 1 altered"), for the panel that shows the speakers as their own counts. */
export function verdictsText(summary: QuoteSummary): string {
  return verdictSummaryText(summary);
}

/** The rows a filter keeps, in the order given. */
export function filterQuotes<T extends CheckedQuote>(rows: readonly T[], filter: QuoteFilter): T[] {
  if (filter === 'all') return [...rows];
  const wanted = filter === 'attention';
  return rows.filter((row) => needsAttention(row) === wanted);
}

function severity(row: CheckedQuote): number {
  // A word-perfect quote given to the wrong person, then one whose speaker nobody could identify, sit between the
  // altered ones and the fine ones.
  if (!ATTENTION_VERDICTS.has(row.verdict) && row.speakerMatch === false) return 4;
  if (!ATTENTION_VERDICTS.has(row.verdict) && row.speakerMatch === null) return 5;
  return SEVERITY[row.verdict];
}

/** Draft order, or most serious first (draft order within a verdict). Never changes the input. */
export function sortQuotes<T extends CheckedQuote>(rows: readonly T[], sort: QuoteSort): T[] {
  const byDraft = (a: T, b: T) => a.start - b.start || a.end - b.end;
  if (sort === 'draft') return [...rows].sort(byDraft);
  return [...rows].sort((a, b) => severity(a) - severity(b) || byDraft(a, b));
}

/** Filter then sort: what the list shows. */
export function visibleQuotes<T extends CheckedQuote>(rows: readonly T[], filter: QuoteFilter, sort: QuoteSort): T[] {
  return sortQuotes(filterQuotes(rows, filter), sort);
}

/** A stable key for a quote while the draft version is the same. */
export function quoteKey(row: Pick<CheckedQuote, 'start' | 'end'>): string {
  return `${row.start}:${row.end}`;
}

/** The source's words before the match: an ellipsis when they start mid-sentence, and a space before the match. */
export function contextBefore(text: string): string {
  const trimmed = text.trim();
  return `${/^\p{Ll}/u.test(trimmed) ? '…' : ''}${trimmed} `;
}

/** The source's words after the match: no space before punctuation, an ellipsis when they stop mid-sentence. */
export function contextAfter(text: string): string {
  const trimmed = text.trim();
  const gap = /^[,.;:!?…)\]”’»]/u.test(trimmed) ? '' : ' ';
  return `${gap}${trimmed}${/[.!?…"”’)]$/u.test(trimmed) ? '' : '…'}`;
}

/** The speaker check of a row: its outcome, the outcome's label and the sentence saying why. */
export function speakerLine(row: Pick<CheckedQuote, 'speakerMatch' | 'speakerReason'>): {
  outcome: SpeakerOutcome;
  label: string;
  reason: string;
} {
  const outcome = speakerOutcome(row.speakerMatch);
  return { outcome, label: SPEAKER_OUTCOME_LABELS[outcome], reason: row.speakerReason };
}

function quoted(words: string): string {
  return `“${words}”`;
}

/** The diff's changes in words, one phrase each: "“at the end of May” became “in April”", "“said” added". */
export function describeDiff(diff: CheckedQuote['diff']): string[] {
  const out: string[] = [];
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i];
    if (!op) continue;
    const next = diff[i + 1];
    if (op.op === 'delete' && next?.op === 'insert') {
      out.push(`${quoted(op.text)} became ${quoted(next.text)}`);
      i += 1;
    } else if (op.op === 'insert' && next?.op === 'delete') {
      out.push(`${quoted(next.text)} became ${quoted(op.text)}`);
      i += 1;
    } else if (op.op === 'insert') out.push(`${quoted(op.text)} added`);
    else if (op.op === 'delete') out.push(`${quoted(op.text)} missing`);
  }
  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** What the gate says about a quote: its verdict, the wrong speaker, or both, with the changed words. */
export function findingDetail(row: CheckedQuote): string {
  const parts: string[] = [];
  if (ATTENTION_VERDICTS.has(row.verdict)) {
    const changes = row.verdict === 'altered' ? describeDiff(row.diff).slice(0, 3) : [];
    parts.push(
      changes.length > 0 ? `${VERDICT_LABELS[row.verdict]}: ${changes.join('; ')}` : VERDICT_LABELS[row.verdict],
    );
  }
  if (row.speakerMatch === false) parts.push(lowerFirst(row.speakerReason));
  if (row.speakerMatch === null && row.verdict !== 'not-found')
    parts.push(`Speaker unknown (${lowerFirst(row.speakerReason)}): check it by hand`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quote finding for the publish gate: the claim it belongs to and what is wrong, in words. */
export interface QuoteFinding {
  /** Null for a quote that is not a claim yet. */
  claimId: string | null;
  detail: string;
  /** The words match; only the speaker could not be identified, so a checker's own verdict on the claim settles it. */
  speakerUnknownOnly: boolean;
}

/** The quotes marked as claims that need attention, for the "Ready to publish?" gate (its alteredQuotes input). */
export function alteredQuotes(rows: readonly CheckedQuote[]): QuoteFinding[] {
  return rows
    .filter((row) => needsAttention(row))
    .map((row) => {
      const speakerUnknownOnly = !ATTENTION_VERDICTS.has(row.verdict) && row.speakerMatch === null;
      if (row.claimId) return { claimId: row.claimId, detail: findingDetail(row), speakerUnknownOnly };
      // A quote nobody marked yet is named by its words, since it has no claim number.
      const words = row.text.replace(/\s+/g, ' ').trim();
      const short = words.length > 60 ? `${words.slice(0, 59)}…` : words;
      return { claimId: null, detail: `${short} (${findingDetail(row)})`, speakerUnknownOnly };
    });
}

/**
 * What the check depends on in the project view: the draft version and the quote claims' places. A projectChanged
 * that keeps this the same (a status set, a note edited) needs no new check.
 */
export function checkTrigger(view: Pick<ProjectView, 'projectId' | 'currentDraft' | 'claims'> | null): string {
  if (!view?.currentDraft) return '';
  const quotes = view.claims
    .filter((c) => c.kind === 'quote' && c.anchor.state !== 'orphaned')
    .map((c) => `${c.id}@${c.anchor.start}-${c.anchor.end}`)
    .sort();
  return `${view.projectId}|${view.currentDraft.id}|${quotes.join(',')}`;
}

/** The running check: the rows shown, whether a check is under way, the last error, and which run is current. */
export interface CheckState {
  rows: CheckedQuote[] | null;
  checking: boolean;
  error: string | null;
  /** The run whose reply will be shown; replies of earlier runs are dropped. */
  seq: number;
}

export type CheckAction =
  | { type: 'start'; seq: number }
  | { type: 'done'; seq: number; rows: CheckedQuote[] }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'reset'; seq: number };

export const initialCheckState: CheckState = { rows: null, checking: false, error: null, seq: 0 };

/** Applies one step of a check; a reply for a run that is no longer current changes nothing. 'reset' forgets the
 *  rows (another project) and makes `seq` current, so replies still on their way are dropped. */
export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'start':
      return { ...state, checking: true, seq: action.seq };
    case 'done':
      if (action.seq !== state.seq) return state;
      return { ...state, rows: action.rows, checking: false, error: null };
    case 'failed':
      if (action.seq !== state.seq) return state;
      return { ...state, checking: false, error: action.message };
    case 'reset':
      return { ...initialCheckState, seq: action.seq };
  }
}
