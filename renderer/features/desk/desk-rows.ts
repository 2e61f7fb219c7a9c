// The desk table's rows as plain data: one row per claim with what the columns show, and the pure sort, filter and
// search over them. Tested in Node; DeskPanel draws what these return.
import type { Claim, ClaimKind } from '../../../shared/model/claim';
import { CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import { claimSignOffState } from '../../../shared/model/sign-off';
import type { SignOffState } from '../../../shared/model/sign-off';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';

export interface DeskRow {
  id: string;
  /** 1-based position in draft order (orphaned claims last), as everywhere else in Factdesk. */
  number: number;
  excerpt: string;
  kind: ClaimKind;
  kindLabel: string;
  statusId: string;
  statusLabel: string;
  statusColor: string;
  /** Place of the status in the project's vocabulary (sorting by status follows the status menu). */
  statusOrder: number;
  blocking: boolean;
  assignee: string | null;
  sources: number;
  /** ISO time and person of the claim's last change (its history, sign-offs included). */
  changedAt: string;
  changedBy: string;
  signOff: SignOffState;
  orphaned: boolean;
}

export const SORT_KEYS = ['number', 'excerpt', 'kind', 'status', 'assignee', 'sources', 'changed', 'signOff'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface DeskSort {
  key: SortKey;
  direction: SortDirection;
}

/** Filter value for claims nobody is assigned to. */
export const UNASSIGNED = '\u0000unassigned';

export interface DeskFilter {
  /** Status id, or '' for every status. */
  status: string;
  /** Claim kind, or '' for every kind. */
  kind: ClaimKind | '';
  /** A person, UNASSIGNED, or '' for everyone. */
  assignee: string;
  /** Only claims with no source tied to them. */
  noSource: boolean;
  /** YYYY-MM-DD: only claims changed on or after that day (local time), or ''. */
  changedSince: string;
  /** Words that must all appear in the excerpt, assignee, status or kind (any case). */
  query: string;
}

export const EMPTY_FILTER: DeskFilter = {
  status: '',
  kind: '',
  assignee: '',
  noSource: false,
  changedSince: '',
  query: '',
};

function lastChange(claim: Claim): { at: string; by: string } {
  let at = claim.updatedAt;
  let by = claim.updatedBy;
  for (const entry of claim.history) {
    if (entry.at > at) {
      at = entry.at;
      by = entry.by;
    }
  }
  return { at, by };
}

/** Rows for claims already in draft order (claimsInDraftOrder). */
export function buildRows(ordered: readonly Claim[], statuses: readonly StatusDef[]): DeskRow[] {
  const order = new Map(statuses.map((s, i) => [s.id, i]));
  return ordered.map((claim, i) => {
    const status = findStatus(statuses, claim.status);
    const change = lastChange(claim);
    return {
      id: claim.id,
      number: i + 1,
      excerpt: claim.anchor.exact,
      kind: claim.kind,
      kindLabel: CLAIM_KIND_LABELS[claim.kind],
      statusId: status.id,
      statusLabel: status.label,
      statusColor: status.color,
      statusOrder: order.get(status.id) ?? statuses.length,
      blocking: status.blocksPublication,
      assignee: claim.assignee,
      sources: claim.links.length,
      changedAt: change.at,
      changedBy: change.by,
      signOff: claimSignOffState(claim),
      orphaned: claim.anchor.state === 'orphaned',
    };
  });
}

const SIGN_OFF_ORDER: Record<SignOffState, number> = { lapsed: 0, none: 1, current: 2 };
// Quotation marks and other punctuation do not count, so “We are...” sorts under W.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true, ignorePunctuation: true });

function compare(a: DeskRow, b: DeskRow, key: SortKey): number {
  switch (key) {
    case 'number':
      return a.number - b.number;
    case 'excerpt':
      return collator.compare(a.excerpt, b.excerpt);
    case 'kind':
      return collator.compare(a.kindLabel, b.kindLabel);
    case 'status':
      return a.statusOrder - b.statusOrder;
    case 'assignee':
      return collator.compare(a.assignee ?? '', b.assignee ?? '');
    case 'sources':
      return a.sources - b.sources;
    case 'changed':
      return a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0;
    case 'signOff':
      return SIGN_OFF_ORDER[a.signOff] - SIGN_OFF_ORDER[b.signOff];
  }
}

/** A stable sort by one column; ties keep draft order. */
export function sortRows(rows: readonly DeskRow[], sort: DeskSort): DeskRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    // Unassigned claims come after everyone, whichever way the people are sorted.
    if (sort.key === 'assignee' && (a.assignee === null) !== (b.assignee === null)) return a.assignee === null ? 1 : -1;
    return sign * compare(a, b, sort.key) || a.number - b.number;
  });
}

/** Clicking a column header: the same column flips direction, another column starts ascending. */
export function nextSort(current: DeskSort, key: SortKey): DeskSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Start of the local day `YYYY-MM-DD` as an ISO time, or null for anything else. */
export function dayStart(day: string, offsetMinutes = new Date(`${day}T00:00:00`).getTimezoneOffset()): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + offsetMinutes * 60_000;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/** The rows the filter lets through, in the order given. */
export function filterRows(rows: readonly DeskRow[], filter: DeskFilter): DeskRow[] {
  const since = filter.changedSince ? dayStart(filter.changedSince) : null;
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status && row.statusId !== filter.status) return false;
    if (filter.kind && row.kind !== filter.kind) return false;
    if (filter.assignee === UNASSIGNED ? row.assignee !== null : filter.assignee && row.assignee !== filter.assignee) {
      return false;
    }
    if (filter.noSource && row.sources > 0) return false;
    if (since && row.changedAt < since) return false;
    if (words.length > 0) {
      const hay =
        `${row.number} ${row.excerpt} ${row.assignee ?? ''} ${row.statusLabel} ${row.kindLabel}`.toLocaleLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** True when any filter or the search is set. */
export function isFiltered(filter: DeskFilter): boolean {
  return Boolean(
    filter.status || filter.kind || filter.assignee || filter.noSource || filter.changedSince || filter.query.trim(),
  );
}
