// The appendix as CSV (RFC 4180): one row per claim-source link, one row for a claim without links. Cells that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading quote mark.
import { formatWhenUtc } from '../text/format-when';
import type { Appendix, AppendixClaim, AppendixLink } from './types';

export const CSV_COLUMNS = [
  'claim_number',
  'claim_excerpt',
  'claim_kind',
  'status',
  'blocks_publication',
  'public_verdict',
  'draft_position',
  'status_set_by',
  'status_set_at',
  'assignee',
  'claim_notes',
  'relation',
  'source_number',
  'source_title',
  'source_type',
  'source_speakers',
  'source_date',
  'source_url',
  'source_snapshot_at',
  'source_snapshot_sha256',
  'source_newsroom',
  'pinpoint',
  'quoted_passage',
  'link_note',
  'quote_check',
  'speaker_check',
  'speaker_reason',
] as const;

/** Neutralises a cell a spreadsheet would read as a formula (OWASP "CSV injection"). */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF) and doubles its quotes. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function claimCells(claim: AppendixClaim): string[] {
  return [
    String(claim.number),
    claim.excerpt,
    claim.kindLabel,
    claim.status.label,
    claim.status.blocksPublication ? 'yes' : 'no',
    claim.status.publicVerdict?.alternateName ?? '',
    claim.anchorState === 'orphaned'
      ? 'not found in current draft'
      : claim.anchorState === 'changed'
        ? 'wording changed'
        : 'in place',
    claim.checkedBy ?? '',
    formatWhenUtc(claim.checkedAt),
    claim.assignee ?? '',
    claim.notes ?? '',
  ];
}

/** The quote check's cells: verdict, speaker outcome (match, mismatch, unknown) and its reason; empty for non-quotes. */
function checkCells(claim: AppendixClaim): string[] {
  const check = claim.quoteCheck;
  return check ? [check.verdictLabel, check.speakerOutcome, check.speakerReason] : ['', '', ''];
}

function linkCells(link: AppendixLink | null): string[] {
  if (!link) return ['', '', '', '', '', '', '', '', '', '', '', '', ''];
  const s = link.source;
  return [
    link.relationLabel,
    String(s.number),
    s.title,
    s.redacted ? 'Confidential' : s.typeLabel,
    s.speakers.join('; '),
    s.date ?? '',
    s.url ?? '',
    s.snapshot?.fetchedAt ?? '',
    s.snapshot?.sha256 ?? '',
    s.newsroom ? `${s.newsroom.id} on ${s.newsroom.server}, content SHA-256 ${s.newsroom.contentHash}` : '',
    link.pinpoint,
    link.quotedText,
    link.note ?? '',
  ];
}

/**
 * Writes the appendix as CSV with CRLF line ends. With `bom` (the default) the text starts with a byte-order mark so
 * spreadsheet programs read it as UTF-8.
 */
export function appendixToCsv(appendix: Appendix, options: { bom?: boolean } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const claim of appendix.claims) {
    const base = claimCells(claim);
    const checks = checkCells(claim);
    if (claim.links.length === 0) rows.push([...base, ...linkCells(null), ...checks]);
    for (const link of claim.links) rows.push([...base, ...linkCells(link), ...checks]);
  }
  const body = rows.map((row) => row.map((cell) => quoteCell(guardFormula(cell))).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
