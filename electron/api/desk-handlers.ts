// Handlers for the editor's desk: bulk status and assignee changes, sign-off of claims or the story, the status
// vocabulary, and the activity log with its hash-chain check.
import { fail, ok } from '../../shared/api/result';
import { checkVocabulary } from '../../shared/appendix/status-vocabulary';
import { entriesForClaim } from '../../shared/log/activity-log';
import { verifyProjectLog } from '../../shared/log/log-head';
import { readBackupLogs } from '../storage/backups';
import type { LogEntry } from '../../shared/log/activity-log';
import { updateClaim } from '../../shared/model/claim';
import type { Claim, NewHistoryEntry } from '../../shared/model/claim';
import type { Result } from '../../shared/api/result';
import type { ActivityEntryView, ProjectView } from '../../shared/api/views';
import type { StoredEntry } from '../../shared/log/device-chains';
import { mergeStoryLog } from '../../shared/log/story-log-view';
import type { LogAction } from '../../shared/log/log-actions';
import { claimFingerprint, storyFingerprint } from '../../shared/model/sign-off';
import { sourceRuleRefusal } from '../../shared/model/status-source-rule';
import type { HandlerContext, Impl } from './handler-context';
import { sha256Hex } from './handler-context';

function entryView(e: LogEntry, device?: string): ActivityEntryView {
  const { seq, at, by, action, claimId, details } = e;
  return { seq, at, by, action, ...(claimId ? { claimId } : {}), details, ...(device ? { device } : {}) };
}

type DeskMethods = 'updateClaims' | 'signOff' | 'revokeSignOff' | 'updateStatuses' | 'getActivityLog';

/** Every device's log entries of a shared project (null when it is not shared here); see sync-handlers.ts. */
export type StoryLogReader = (projectId: string) => Promise<Result<StoredEntry[] | null>>;

/** The device a project folder syncs its story as (the sync handlers' deviceOf). */
export type DeviceReader = (projectId: string) => Promise<string>;

export function deskMethods(
  ctx: HandlerContext,
  { storyLog, deviceOf }: { storyLog: StoryLogReader; deviceOf: DeviceReader },
): Impl<DeskMethods> {
  /**
   * Sets (or withdraws) the sign-off of the claims `ids` names: `signOff` gives each its new sign-off, `entry` goes into
   * each one's history, and `action` into the activity log once per claim.
   */
  async function signClaims(
    projectId: string,
    ids: readonly string[],
    signOff: (claim: Claim) => Claim['signOff'],
    entry: NewHistoryEntry,
    action: LogAction,
  ): Promise<Result<ProjectView>> {
    const wanted = new Set(ids);
    const applied = ctx.update(projectId, (doc) =>
      ok({
        ...doc,
        claims: doc.claims.map((c) =>
          wanted.has(c.id) ? { ...c, signOff: signOff(c), history: [...c.history, entry] } : c,
        ),
      }),
    );
    if (!applied.ok) return applied;
    for (const claimId of ids) {
      const recorded = await ctx.record(projectId, action, {}, claimId);
      if (!recorded.ok) return recorded;
    }
    return ctx.changed(projectId);
  }

  return {
    updateClaims: async ({ projectId, claimIds, patch }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const wanted = new Set(claimIds);
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const { doc: current } = session.value;
      if (patch.status !== undefined && !current.settings.statuses.some((s) => s.id === patch.status)) {
        return fail('invalid-input', `"${patch.status}" is not a status of this project.`);
      }
      if (patch.status !== undefined) {
        const chosen = current.claims.filter((c) => wanted.has(c.id));
        const refusal = sourceRuleRefusal(current.settings.statuses, patch.status, chosen);
        if (refusal) return fail('invalid-input', refusal);
      }
      // Claims that already have what the patch gives change nothing; when none changes, the document stays the same
      // one (ProjectSession.update then saves nothing) and nothing is logged.
      let changed = 0;
      const applied = session.value.update((doc) => {
        const claims = doc.claims.map((c) => {
          if (!wanted.has(c.id)) return c;
          const next = updateClaim(c, patch, by, now);
          if (next !== c) changed++;
          return next;
        });
        return ok(changed === 0 ? doc : { ...doc, claims });
      });
      if (!applied.ok) return applied;
      if (changed === 0) return ctx.changed(projectId);
      const recorded = await ctx.record(projectId, 'claims.bulk-change', {
        claims: claimIds.length,
        changed,
        ...patch,
      });
      return recorded.ok ? ctx.changed(projectId) : recorded;
    },
    signOff: async ({ projectId, target }) => {
      const by = await ctx.userName();
      const at = ctx.deps.now();
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      if (target.kind === 'story') {
        return ctx.change(
          projectId,
          (doc) => ok({ ...doc, storySignOff: { by, at, fingerprint: storyFingerprint(doc.claims) } }),
          { action: 'signoff.story', details: { claims: session.value.doc.claims.length } },
        );
      }
      const sign = (c: Claim) => ({ by, at, fingerprint: claimFingerprint(c) });
      return signClaims(projectId, target.claimIds, sign, { at, by, action: 'signed-off' }, 'signoff.claim');
    },
    revokeSignOff: async ({ projectId, target }) => {
      const by = await ctx.userName();
      const at = ctx.deps.now();
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      if (target.kind === 'story') {
        return ctx.change(projectId, (doc) => ok({ ...doc, storySignOff: null }), {
          action: 'signoff.story-withdrawn',
          details: {},
        });
      }
      const signed = new Set(
        session.value.doc.claims.filter((c) => c.signOff && target.claimIds.includes(c.id)).map((c) => c.id),
      );
      const entry: NewHistoryEntry = { at, by, action: 'sign-off withdrawn' };
      return signClaims(projectId, [...signed], () => null, entry, 'signoff.claim-withdrawn');
    },
    updateStatuses: async ({ projectId, statuses }) => {
      const checked = checkVocabulary(statuses);
      if (!checked.ok) return checked;
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const ids = new Set(statuses.map((s) => s.id));
      const orphaned = session.value.doc.claims.filter((c) => !ids.has(c.status));
      if (orphaned.length > 0) {
        const missing = [...new Set(orphaned.map((c) => c.status))].join(', ');
        return fail(
          'invalid-input',
          `${orphaned.length} claim(s) still use ${missing}: give them another status before removing it.`,
        );
      }
      return ctx.change(projectId, (doc) => ok({ ...doc, settings: { ...doc.settings, statuses: checked.value } }), {
        action: 'statuses.changed',
        details: { statuses: statuses.map((s) => s.label) },
      });
    },
    getActivityLog: async ({ projectId, claimId, againstBackups }) => {
      const opened = ctx.session(projectId);
      if (!opened.ok) return opened;
      const session = opened.value;
      const log = session.doc.activityLog;
      const backups = againstBackups ? await readBackupLogs(session.paths.folder) : [];
      const verdict = verifyProjectLog(log, session.doc.logHead, backups, sha256Hex);
      const own = verdict.ok
        ? ({ ok: true, count: verdict.count } as const)
        : ({ ok: false, firstBadSeq: verdict.firstBadSeq, reason: verdict.reason } as const);
      const wanted = (e: LogEntry) => !claimId || e.claimId === claimId;
      const stored = await storyLog(projectId);
      if (stored.ok && stored.value === null) {
        const entries = claimId ? entriesForClaim(log as LogEntry[], claimId) : (log as LogEntry[]);
        return ok({ entries: entries.map((e) => entryView(e)), verdict: own });
      }
      // A shared story: every device's chain, merged by time, each chain checked as verify-log checks it. When the
      // replica cannot be read here, this device's own entries are shown with the sentence saying why.
      const device = await deviceOf(projectId);
      const merged = mergeStoryLog(device, log, stored.ok ? (stored.value ?? []) : [], sha256Hex);
      return ok({
        entries: merged.entries.filter(wanted).map((e) => entryView(e, e.device)),
        verdict: own,
        shared: {
          devices: merged.devices,
          ...(stored.ok ? {} : { unreadable: stored.error.message }),
        },
      });
    },
  };
}
