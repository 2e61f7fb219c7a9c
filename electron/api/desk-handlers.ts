// Handlers for the editor's desk: bulk status and assignee changes, sign-off of claims or the story, the status
// vocabulary, and the activity log with its hash-chain check.
import { fail, ok } from '../../shared/api/result';
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
      let changed = 0;
      const applied = session.value.update((doc) =>
        ok({
          ...doc,
          claims: doc.claims.map((c) => {
            if (!wanted.has(c.id)) return c;
            const next = updateClaim(c, patch, by, now);
            if (next !== c) changed++;
            return next;
          }),
        }),
      );
      if (!applied.ok) return applied;
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
      } else {
        const wanted = new Set(target.claimIds);
        const applied = session.value.update((doc) =>
          ok({
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
          }),
        );
        if (!applied.ok) return applied;
        for (const claimId of target.claimIds) {
          const recorded = await ctx.record(projectId, 'signoff.claim', {}, claimId);
          if (!recorded.ok) return recorded;
        }
      }
      return ctx.changed(projectId);
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
      } else {
        const signed = new Set(
          session.value.doc.claims.filter((c) => c.signOff && target.claimIds.includes(c.id)).map((c) => c.id),
        );
        const applied = session.value.update((doc) =>
          ok({
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
          }),
        );
        if (!applied.ok) return applied;
        for (const claimId of signed) {
          const recorded = await ctx.record(projectId, 'signoff.claim-withdrawn', {}, claimId);
          if (!recorded.ok) return recorded;
        }
      }
      return ctx.changed(projectId);
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
      const entries = claimId ? entriesForClaim(log as LogEntry[], claimId) : (log as LogEntry[]);
      return ok({
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
      });
    },
  };
}
