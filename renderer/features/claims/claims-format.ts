// Words for the Claims region: short excerpts and readable history lines. Pure.
import type { HistoryEntry } from '../../../shared/model/claim';
import { CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';

/** The claim's text on one line, cut at a word boundary near `max` characters with an ellipsis. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function kindLabel(value: string | null | undefined): string {
  if (!value) return 'none';
  return (CLAIM_KIND_LABELS as Record<string, string>)[value] ?? value;
}

function valueFor(field: string | undefined, value: string | null | undefined, statuses: readonly StatusDef[]): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (field === 'status') return findStatus(statuses, value).label;
  if (field === 'kind') return kindLabel(value);
  return value;
}

/** What one history entry says, without who and when: "changed status from Unchecked to Verified". */
export function describeHistory(entry: HistoryEntry, statuses: readonly StatusDef[]): string {
  switch (entry.action) {
    case 'created':
      return entry.to ? `marked this claim as ${findStatus(statuses, entry.to).label}` : 'marked this claim';
    case 'changed': {
      const field = entry.field ?? 'the claim';
      if (field === 'notes') return entry.to ? 'edited the notes' : 'cleared the notes';
      if (field === 'assignee') return entry.to ? `assigned it to ${entry.to}` : 'removed the assignee';
      return `changed ${field} from ${valueFor(field, entry.from, statuses)} to ${valueFor(field, entry.to, statuses)}`;
    }
    case 'migrated':
      return 'brought the claim into this version of Factdesk';
    case 're-anchored':
    case 'reanchored':
      return entry.to
        ? `imported a new draft version in which the claim's words changed to “${excerpt(entry.to, 80)}”`
        : 'imported a new draft version in which the claim moved';
    case 'orphaned':
      return 'imported a new draft version in which the claim’s words were no longer found';
    case 'reattached':
      return entry.to ? `re-attached the claim to “${excerpt(entry.to, 80)}”` : 're-attached the claim';
    case 'linked':
      return entry.to ? `tied a source to the claim (${excerpt(entry.to, 100)})` : 'tied a source to the claim';
    case 'unlinked':
      return entry.from
        ? `removed a source from the claim (${excerpt(entry.from, 100)})`
        : 'removed a source from the claim';
    case 'signed-off':
      return 'signed off the claim';
    case 'sign-off withdrawn':
      return 'withdrew the sign-off';
    default: {
      const what = entry.action.replace(/[-_]/gu, ' ');
      return entry.field ? `${what} ${entry.field}` : what;
    }
  }
}
