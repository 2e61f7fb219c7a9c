// The activity log in words: each entry's action and details as a sentence an editor reads ("Set 12 claims to
// Verified"), and the chain check as one plain line.
import { isLogAction } from '../../../shared/log/log-actions';
import type { LogAction } from '../../../shared/log/log-actions';
import type { ActivityEntryView, ActivityLogView } from '../../../shared/api/views';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';

const FORMAT_NAMES: Record<string, string> = {
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  pdf: 'PDF',
  csv: 'CSV',
  json: 'JSON',
  claimreview: 'ClaimReview',
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function claims(n: number): string {
  return `${n} ${n === 1 ? 'claim' : 'claims'}`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function changes(details: Record<string, unknown>, statuses: readonly StatusDef[]): string[] {
  const parts: string[] = [];
  const status = text(details.status);
  if (status) parts.push(`status to ${findStatus(statuses, status).label}`);
  if ('assignee' in details) parts.push(details.assignee ? `assignee to ${String(details.assignee)}` : 'no assignee');
  if (text(details.kind)) parts.push(`kind to ${String(details.kind)}`);
  if ('notes' in details) parts.push('notes');
  return parts;
}

/**
 * One entry as a sentence. `claimLabel` names the claim an entry is about ("claim 4"), or null when that claim is
 * gone; `statuses` turns status ids into their names.
 */
export function describeEntry(
  entry: ActivityEntryView,
  statuses: readonly StatusDef[],
  claimLabel: (claimId: string) => string | null,
): string {
  const d = entry.details;
  const about = entry.claimId ? (claimLabel(entry.claimId) ?? 'a claim since removed') : 'a claim';
  // An action this version does not know (a newer Factdesk wrote it) is shown as its words.
  if (!isLogAction(entry.action)) return entry.action.replace(/[.-]/g, ' ');
  const action: LogAction = entry.action;
  switch (action) {
    case 'claim.created':
      return `Marked ${about} as a claim`;
    case 'claim.changed': {
      const parts = changes(d, statuses);
      return parts.length > 0 ? `Changed ${about}: ${parts.join(', ')}` : `Changed ${about}`;
    }
    case 'claim.deleted':
      return text(d.text) ? `Removed the claim "${String(d.text)}"` : 'Removed a claim';
    case 'claim.reattached':
      return `Re-attached ${about} to the draft`;
    case 'claim.linked':
      return `Tied ${text(d.source) ?? 'a source'} to ${about}${text(d.relation) ? ` (${String(d.relation)})` : ''}`;
    case 'claim.link-changed':
      return `Changed a source link of ${about}`;
    case 'claim.unlinked':
      return `Removed a source from ${about}`;
    case 'claims.bulk-change': {
      const parts = changes(d, statuses);
      const n = count(d.claims);
      return `Set ${parts.join(' and ') || 'fields'} on ${claims(n)}${count(d.changed) !== n ? ` (${count(d.changed)} changed)` : ''}`;
    }
    case 'signoff.claim':
      return `Signed off ${about}`;
    case 'signoff.claim-withdrawn':
      return `Withdrew the sign-off of ${about}`;
    case 'signoff.story':
      return `Signed off the whole story (${claims(count(d.claims))} at the time)`;
    case 'signoff.story-withdrawn':
      return 'Withdrew the story sign-off';
    case 'statuses.changed':
      return Array.isArray(d.statuses)
        ? `Changed the statuses: ${d.statuses.map(String).join(', ')}`
        : 'Changed the statuses';
    case 'draft.version':
      return typeof d.version === 'number' ? `Imported draft version ${d.version}` : 'Imported a draft version';
    case 'suggestions.accepted':
      return `Accepted ${count(d.count)} ${count(d.count) === 1 ? 'suggestion' : 'suggestions'}`;
    case 'suggestions.dismissed':
      return `Dismissed ${count(d.count)} ${count(d.count) === 1 ? 'suggestion' : 'suggestions'}`;
    case 'export.appendix': {
      const format = FORMAT_NAMES[String(d.format)] ?? String(d.format ?? '');
      const where = text(d.file) ? ` to ${fileName(String(d.file))}` : '';
      return `Exported the appendix as ${format}${where}${d.includeConfidential ? ', confidential sources included' : ''}`;
    }
    case 'backup.restored':
      if (d.fromStory) return "Rebuilt the damaged project file from the shared story's copy on this computer";
      return text(d.backup) ? `Restored the backup ${text(d.backup)}` : 'Restored a backup';
    case 'lock.taken-over': {
      const who = `${text(d.user) ?? 'someone'} on ${text(d.host) ?? 'another computer'}`;
      return d.reason === 'owner-gone'
        ? `Took over the project from ${who}, whose Factdesk had stopped`
        : `Took over the project from ${who}`;
    }
    case 'source.saved':
      return `Added the source ${text(d.source) ?? ''}`.trim();
    case 'log.checkpoint': {
      const n = Array.isArray(d.heads) ? d.heads.length : 0;
      return `Received the activity of ${n} other ${n === 1 ? 'device' : 'devices'} of the shared story`;
    }
    default: {
      // Every LogAction has its sentence above: a new action without one does not compile.
      const unworded: never = action;
      return String(unworded);
    }
  }
}

/** The chain check in plain words: "Log intact: 42 entries" or "Log broken at entry 7: <reason>". */
export function verdictLine(verdict: ActivityLogView['verdict']): string {
  if (verdict.ok) return `Log intact: ${verdict.count} ${verdict.count === 1 ? 'entry' : 'entries'}`;
  return `Log broken at entry ${verdict.firstBadSeq}: ${verdict.reason}`;
}

type SharedLog = NonNullable<ActivityLogView['shared']>;

/** A device's chain in words: "laptop-bob (bob): 12 entries, verified" or the entry that does not verify. */
export function deviceLine(chain: SharedLog['devices'][number]): string {
  const who = chain.people.length > 0 ? ` (${chain.people.join(', ')})` : '';
  const here = chain.thisDevice ? ', this computer' : '';
  const name = `${chain.device}${who}${here}`;
  if (chain.ok) return `${name}: ${chain.count} ${chain.count === 1 ? 'entry' : 'entries'}, verified`;
  return `${name}: does not verify. ${chain.reason ?? ''}`.trim();
}

/**
 * A shared story's whole check in one line: every device's chain verified (and this project's own against its
 * backups), or the first device that does not.
 */
export function sharedVerdictLine(log: ActivityLogView & { shared: SharedLog }): { ok: boolean; text: string } {
  const { devices } = log.shared;
  const broken = devices.find((d) => !d.ok);
  if (broken) return { ok: false, text: `Log broken on device ${broken.device} at entry ${broken.firstBadSeq ?? '?'}` };
  if (!log.verdict.ok) return { ok: false, text: verdictLine(log.verdict) };
  const count = devices.reduce((n, d) => n + d.count, 0);
  return {
    ok: true,
    text: `Log intact: ${count} ${count === 1 ? 'entry' : 'entries'} from ${devices.length} ${devices.length === 1 ? 'device' : 'devices'}`,
  };
}
