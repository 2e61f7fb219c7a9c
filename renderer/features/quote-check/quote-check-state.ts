// The Quote check's pure parts: which quotes need attention, the summary line, filters and sorting, the speaker line,
// the diff in words, the findings the publish gate lists, and when a project change means the check must rerun.
import type { ProjectView, QuoteCheckView, QuoteVerdict } from '../../../shared/api/views';
import { VERDICT_LABELS, VERDICTS } from '../../../shared/verify/types';

export type QuoteFilter = 'all' | 'attention' | 'fine';
export type QuoteSort = 'draft' | 'severity';

/** Verdicts that mean the quote, as printed, is not what the source says. */
export const ATTENTION_VERDICTS: ReadonlySet<QuoteVerdict> = new Set([
  'altered',
  'stitched',
  'not-found',
  'paraphrase',
]);

/** Short lower-case names for the summary line ("2 exact, 1 altered"). */
const SUMMARY_WORDS: Record<QuoteVerdict, string> = {
  exact: 'exact',
  punctuation: 'punctuation only',
  altered: 'altered',
  stitched: 'stitched',
  'not-found': 'not found',
  paraphrase: 'paraphrased',
};

/** Worst first: the order "Most serious first" sorts by. */
const SEVERITY: Record<QuoteVerdict, number> = {
  'not-found': 0,
  stitched: 1,
  altered: 2,
  paraphrase: 3,
  punctuation: 5,
  exact: 6,
};

/** True when the checker should look at this quote: its words differ from the source or it names the wrong speaker. */
export function needsAttention(row: Pick<QuoteCheckView, 'verdict' | 'speakerMatch'>): boolean {
  return ATTENTION_VERDICTS.has(row.verdict) || row.speakerMatch === false;
}

export interface QuoteSummary {
  total: number;
  counts: Record<QuoteVerdict, number>;
  speakerMismatches: number;
  attention: number;
  fine: number;
}

/** Counts by verdict, speaker mismatches, and how many need attention. */
export function summarize(rows: readonly QuoteCheckView[]): QuoteSummary {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<QuoteVerdict, number>;
  let speakerMismatches = 0;
  let attention = 0;
  for (const row of rows) {
    counts[row.verdict] += 1;
    if (row.speakerMatch === false) speakerMismatches += 1;
    if (needsAttention(row)) attention += 1;
  }
  return { total: rows.length, counts, speakerMismatches, attention, fine: rows.length - attention };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line: "5 quotes: 2 exact, 1 altered, 1 not found; 1 speaker mismatch". */
export function summaryText(summary: QuoteSummary): string {
  if (summary.total === 0) return 'No quotes in this draft';
  const parts = VERDICTS.filter((v) => summary.counts[v] > 0).map((v) => `${summary.counts[v]} ${SUMMARY_WORDS[v]}`);
  const head = `${plural(summary.total, 'quote', 'quotes')}: ${parts.join(', ')}`;
  const speakers =
    summary.speakerMismatches > 0
      ? plural(summary.speakerMismatches, 'speaker mismatch', 'speaker mismatches')
      : 'no speaker mismatches';
  return `${head}; ${speakers}`;
}

/** The rows a filter keeps, in the order given. */
export function filterQuotes<T extends QuoteCheckView>(rows: readonly T[], filter: QuoteFilter): T[] {
  if (filter === 'all') return [...rows];
  const wanted = filter === 'attention';
  return rows.filter((row) => needsAttention(row) === wanted);
}

function severity(row: QuoteCheckView): number {
  // A word-perfect quote given to the wrong person sits between the altered ones and the fine ones.
  if (!ATTENTION_VERDICTS.has(row.verdict) && row.speakerMatch === false) return 4;
  return SEVERITY[row.verdict];
}

/** Draft order, or most serious first (draft order within a verdict). Never changes the input. */
export function sortQuotes<T extends QuoteCheckView>(rows: readonly T[], sort: QuoteSort): T[] {
  const byDraft = (a: T, b: T) => a.start - b.start || a.end - b.end;
  if (sort === 'draft') return [...rows].sort(byDraft);
  return [...rows].sort((a, b) => severity(a) - severity(b) || byDraft(a, b));
}

/** Filter then sort: what the list shows. */
export function visibleQuotes<T extends QuoteCheckView>(rows: readonly T[], filter: QuoteFilter, sort: QuoteSort): T[] {
  return sortQuotes(filterQuotes(rows, filter), sort);
}

/** A stable key for a quote while the draft version is the same. */
export function quoteKey(row: Pick<QuoteCheckView, 'start' | 'end'>): string {
  return `${row.start}:${row.end}`;
}

/** A name as people read it: transcripts often shout speaker labels ("MAYA LIND" becomes "Maya Lind"). */
export function displayName(name: string): string {
  const trimmed = name.trim();
  if (!/\p{Lu}/u.test(trimmed) || /\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed
    .toLocaleLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, lead: string, ch: string) => lead + ch.toLocaleUpperCase());
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

export type SpeakerCheck = 'match' | 'mismatch' | 'unnamed' | 'unknown';

/** The speaker check in words: "Speaker matches", "Source says <name>", "No speaker named" or why it could not run. */
export function speakerLine(row: Pick<QuoteCheckView, 'attributedTo' | 'speakerMatch' | 'source'>): {
  check: SpeakerCheck;
  text: string;
} {
  if (row.speakerMatch === true) return { check: 'match', text: 'Speaker matches' };
  if (row.speakerMatch === false) {
    const said = row.source?.speaker;
    return { check: 'mismatch', text: said ? `Source says ${displayName(said)}` : 'Source names another speaker' };
  }
  if (!row.attributedTo) return { check: 'unnamed', text: 'No speaker named' };
  if (!row.source) return { check: 'unknown', text: 'No source to compare the speaker with' };
  return { check: 'unknown', text: 'The source names no speaker' };
}

function quoted(words: string): string {
  return `“${words}”`;
}

/** The diff's changes in words, one phrase each: "“at the end of May” became “in April”", "“said” added". */
export function describeDiff(diff: QuoteCheckView['diff']): string[] {
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

/** What the gate says about a quote: its verdict, the wrong speaker, or both, with the changed words. */
export function findingDetail(row: QuoteCheckView): string {
  const parts: string[] = [];
  if (ATTENTION_VERDICTS.has(row.verdict)) {
    const changes = row.verdict === 'altered' ? describeDiff(row.diff).slice(0, 3) : [];
    parts.push(
      changes.length > 0 ? `${VERDICT_LABELS[row.verdict]}: ${changes.join('; ')}` : VERDICT_LABELS[row.verdict],
    );
  }
  if (row.speakerMatch === false) {
    const speaker = speakerLine(row).text;
    parts.push(
      row.attributedTo
        ? `credited to ${row.attributedTo}, but ${speaker.charAt(0).toLowerCase()}${speaker.slice(1)}`
        : speaker,
    );
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quote finding for the publish gate: the claim it belongs to and what is wrong, in words. */
export interface QuoteFinding {
  /** Null for a quote that is not a claim yet. */
  claimId: string | null;
  detail: string;
}

/** The quotes marked as claims that need attention, for the "Ready to publish?" gate (its alteredQuotes input). */
export function alteredQuotes(rows: readonly QuoteCheckView[]): QuoteFinding[] {
  return rows
    .filter((row) => needsAttention(row))
    .map((row) => {
      if (row.claimId) return { claimId: row.claimId, detail: findingDetail(row) };
      // A quote nobody marked yet is named by its words, since it has no claim number.
      const words = row.text.replace(/\s+/g, ' ').trim();
      const short = words.length > 60 ? `${words.slice(0, 59)}…` : words;
      return { claimId: null, detail: `${short} (${findingDetail(row)})` };
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
  rows: QuoteCheckView[] | null;
  checking: boolean;
  error: string | null;
  /** The run whose reply will be shown; replies of earlier runs are dropped. */
  seq: number;
}

export type CheckAction =
  | { type: 'start'; seq: number }
  | { type: 'done'; seq: number; rows: QuoteCheckView[] }
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
