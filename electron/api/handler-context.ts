// What every group of handlers shares: the open sessions, settings, the user's name and the view/event helpers.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { ProjectDoc } from '../../shared/model/project';
import type { InputOf, MethodName, Replies } from '../../shared/api/contract';
import type { ProjectView } from '../../shared/api/views';
import type { ProjectSession } from '../storage/project-session';
import { openSettings } from '../storage/settings';
import type { SettingsStore } from '../storage/settings';
import type { HandlerDeps } from './deps';
import { toProjectView } from './project-view';
import { appendEntry } from '../../shared/log/activity-log';
import { headOf } from '../../shared/log/log-head';
import type { LogEntry } from '../../shared/log/activity-log';
import type { JsonValue } from '../../shared/log/canonical-json';
import type { LogAction } from '../../shared/log/log-actions';
import { createHash } from 'node:crypto';

/**
 * An importer's reply as an Api reply: an encoding question (details.needsEncoding) becomes 'needs-encoding', so the
 * renderer asks which encoding the file is in; every other reply passes unchanged.
 */
export function importReply<T>(result: Result<T>): Result<T> {
  if (result.ok || !result.error.details?.needsEncoding) return result;
  return { ok: false, error: { ...result.error, code: 'needs-encoding' } };
}

/** SHA-256 in hex with Node's crypto: the log's hash in the main process and the CLI. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Handler implementations: each answers a Result (a refusal is a value, never thrown); createHandlers adds the one
 * catch that words an unexpected exception.
 */
export type Impl<K extends MethodName = MethodName> = {
  [M in K]: (input: InputOf<M>) => Promise<Result<Replies[M]>>;
};

/** An activity-log entry a change records: the action, its details and the claim it concerns. */
export interface LogNote {
  action: LogAction;
  details: Record<string, JsonValue>;
  claimId?: string;
}

export class HandlerContext {
  readonly sessions = new Map<string, ProjectSession>();
  /** Files exports wrote in this run: besides open projects' own files, the only paths "Show in folder" reveals. */
  readonly exported = new Set<string>();
  private settingsPromise: Promise<SettingsStore> | null = null;

  constructor(readonly deps: HandlerDeps) {}

  settings(): Promise<SettingsStore> {
    return (this.settingsPromise ??= openSettings(this.deps.dataDir, this.deps.now));
  }

  /** The name written into histories: the preference, or the account name. */
  async userName(): Promise<string> {
    return (await this.settings()).get().userName || this.deps.identity.user;
  }

  /** The open project, or 'project-not-open' when it was closed. */
  session(projectId: string): Result<ProjectSession> {
    const s = this.sessions.get(projectId);
    if (!s) return fail('project-not-open', 'That project is no longer open. Open it again from the welcome screen.');
    return ok(s);
  }

  view(projectId: string): Result<ProjectView> {
    const s = this.session(projectId);
    return s.ok ? ok(toProjectView(projectId, s.value)) : s;
  }

  /** Applies `change` to an open project (ProjectSession.update: a refusal aborts without writing). */
  update(projectId: string, change: (doc: ProjectDoc) => Result<ProjectDoc>): Result<null> {
    const session = this.session(projectId);
    return session.ok ? session.value.update(change) : session;
  }

  /**
   * The usual shape of a handler that changes a project: applies `change` (ProjectSession.update: a refusal aborts
   * without writing), records `note` in the activity log when the document changed, and answers the view after the
   * change (pushed as an event).
   */
  async change(
    projectId: string,
    change: (doc: ProjectDoc) => Result<ProjectDoc>,
    note?: LogNote,
  ): Promise<Result<ProjectView>> {
    let unchanged = false;
    const applied = this.update(projectId, (doc) => {
      const next = change(doc);
      unchanged = next.ok && next.value === doc;
      return next;
    });
    if (!applied.ok) return applied;
    // Nothing changed (a claim given the status it has): nothing to record either.
    if (note && !unchanged) {
      const recorded = await this.record(projectId, note.action, note.details, note.claimId);
      if (!recorded.ok) return recorded;
    }
    return this.changed(projectId);
  }

  /**
   * Appends an entry to the project's hash-chained activity log (in memory; saved with the change it records).
   * Read-only sessions record nothing.
   */
  async record(
    projectId: string,
    action: LogAction,
    details: Record<string, JsonValue>,
    claimId?: string,
  ): Promise<Result<null>> {
    const session = this.session(projectId);
    if (!session.ok) return session;
    if (session.value.readOnly) return ok(null);
    const by = await this.userName();
    const at = this.deps.now();
    return session.value.update((doc) => {
      const activityLog = appendEntry(
        doc.activityLog as LogEntry[],
        { at, by, action, details, ...(claimId ? { claimId } : {}) },
        sha256Hex,
      );
      if (!activityLog.ok) return activityLog;
      return ok({ ...doc, activityLog: activityLog.value, logHead: headOf(activityLog.value) });
    });
  }

  /** The view after a change, also pushed as a projectChanged event. */
  changed(projectId: string): Result<ProjectView> {
    const v = this.view(projectId);
    if (v.ok) this.deps.emit('projectChanged', { view: v.value });
    return v;
  }
}
