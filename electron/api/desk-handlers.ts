// Handlers for the editor's desk: bulk status and assignee changes, sign-off of claims or the story, the status
// vocabulary, and the activity log with its hash-chain check.
import { FactdeskError, valueOf } from '../../shared/api/result';
import { checkVocabulary } from '../../shared/appendix/status-vocabulary';
import { entriesForClaim } from '../../shared/log/activity-log';
import { verifyProjectLog } from '../../shared/log/log-head';
import { readBackupLogs } from '../storage/backups';
import type { LogEntry } from '../../shared/log/activity-log';
import { updateClaim } from '../../shared/model/claim';
import type { NewHistoryEntry } from '../../shared/model/claim';
import { claimFingerprint, storyFingerprint } from '../../shared/model/sign-off';
import { sourceRuleRefusal } from '../../shared/model/status-source-rule';
import type { HandlerContext, Impl } from './handler-context';
import { sha256Hex } from './handler-context';

type DeskMethods = 'updateClaims' | 'signOff' | 'revokeSignOff' | 'updateStatuses' | 'getActivityLog';

export function deskMethods(ctx: HandlerContext): Impl<DeskMethods> {
  return {
    updateClaims: async ({ projectId, claimIds, patch }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const wanted = new Set(claimIds);
      const session = ctx.session(projectId);
      if (patch.status !== undefined && !session.doc.settings.statuses.some((s) => s.id === patch.status)) {
        throw new FactdeskError('invalid-input', `"${patch.status}" is not a status of this project.`);
      }
      if (patch.status !== undefined) {
        const chosen = session.doc.claims.filter((c) => wanted.has(c.id));
        const refusal = sourceRuleRefusal(session.doc.settings.statuses, patch.status, chosen);
        if (refusal) throw new FactdeskError('invalid-input', refusal);
      }
      let changed = 0;
      session.update((doc) => ({
        ...doc,
        claims: doc.claims.map((c) => {
          if (!wanted.has(c.id)) return c;
          const next = updateClaim(c, patch, by, now);
          if (next !== c) changed++;
          return next;
        }),
      }));
      await ctx.record(projectId, 'claims.bulk-change', { claims: claimIds.length, changed, ...patch });
      return ctx.changed(projectId);
    },
    signOff: async ({ projectId, target }) => {
      const by = await ctx.userName();
      const at = ctx.deps.now();
      const session = ctx.session(projectId);
      if (target.kind === 'story') {
        session.update((doc) => ({ ...doc, storySignOff: { by, at, fingerprint: storyFingerprint(doc.claims) } }));
        await ctx.record(projectId, 'signoff.story', { claims: session.doc.claims.length });
      } else {
        const wanted = new Set(target.claimIds);
        session.update((doc) => ({
          ...doc,
          claims: doc.claims.map((c) =>
            wanted.has(c.id)
              ? {
                  ...c,
                  signOff: { by, at, fingerprint: claimFingerprint(c) },
                  history: [...c.history, { at, by, action: 'signed-off' } satisfies NewHistoryEntry],
                }
              : c,
          ),
        }));
        for (const claimId of target.claimIds) await ctx.record(projectId, 'signoff.claim', {}, claimId);
      }
      return ctx.changed(projectId);
    },
    revokeSignOff: async ({ projectId, target }) => {
      const by = await ctx.userName();
      const at = ctx.deps.now();
      const session = ctx.session(projectId);
      if (target.kind === 'story') {
        session.update((doc) => ({ ...doc, storySignOff: null }));
        await ctx.record(projectId, 'signoff.story-withdrawn', {});
      } else {
        const signed = new Set(
          session.doc.claims.filter((c) => c.signOff && target.claimIds.includes(c.id)).map((c) => c.id),
        );
        session.update((doc) => ({
          ...doc,
          claims: doc.claims.map((c) =>
            signed.has(c.id)
              ? {
                  ...c,
                  signOff: null,
                  history: [...c.history, { at, by, action: 'sign-off withdrawn' } satisfies NewHistoryEntry],
                }
              : c,
          ),
        }));
        for (const claimId of signed) await ctx.record(projectId, 'signoff.claim-withdrawn', {}, claimId);
      }
      return ctx.changed(projectId);
    },
    updateStatuses: async ({ projectId, statuses }) => {
      const checked = valueOf(checkVocabulary(statuses));
      const session = ctx.session(projectId);
      const ids = new Set(statuses.map((s) => s.id));
      const orphaned = session.doc.claims.filter((c) => !ids.has(c.status));
      if (orphaned.length > 0) {
        const missing = [...new Set(orphaned.map((c) => c.status))].join(', ');
        throw new FactdeskError(
          'invalid-input',
          `${orphaned.length} claim(s) still use ${missing}: give them another status before removing it.`,
        );
      }
      session.update((doc) => ({ ...doc, settings: { ...doc.settings, statuses: checked } }));
      await ctx.record(projectId, 'statuses.changed', { statuses: statuses.map((s) => s.label) });
      return ctx.changed(projectId);
    },
    getActivityLog: async ({ projectId, claimId, againstBackups }) => {
      const session = ctx.session(projectId);
      const log = session.doc.activityLog;
      const backups = againstBackups ? await readBackupLogs(session.paths.folder) : [];
      const verdict = verifyProjectLog(log, session.doc.logHead, backups, sha256Hex);
      const entries = claimId ? entriesForClaim(log as LogEntry[], claimId) : (log as LogEntry[]);
      return {
        entries: entries.map(({ seq, at, by, action, claimId: cid, details }) => ({
          seq,
          at,
          by,
          action,
          ...(cid ? { claimId: cid } : {}),
          details,
        })),
        verdict: verdict.ok
          ? { ok: true, count: verdict.count }
          : { ok: false, firstBadSeq: verdict.firstBadSeq, reason: verdict.reason },
      };
    },
  };
}
