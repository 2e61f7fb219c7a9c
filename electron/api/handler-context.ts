// What every group of handlers shares: the open sessions, settings, the user's name and the view/event helpers.
import { FactdeskError, valueOf } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
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

/** The value of a refusable step; a refusal is thrown with its code, sentence and details (shared/api/result.ts). */
export { valueOf };

/** SHA-256 in hex with Node's crypto: the log's hash in the main process and the CLI. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Handler implementations that may throw FactdeskError; createHandlers turns them into Result replies. */
export type Impl<K extends MethodName = MethodName> = { [M in K]: (input: InputOf<M>) => Promise<Replies[M]> };

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

  session(projectId: string): ProjectSession {
    const s = this.sessions.get(projectId);
    if (!s)
      throw new FactdeskError(
        'project-not-open',
        'That project is no longer open. Open it again from the welcome screen.',
      );
    return s;
  }

  view(projectId: string): ProjectView {
    return toProjectView(projectId, this.session(projectId));
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
  ): Promise<void> {
    const session = this.session(projectId);
    if (session.readOnly) return;
    const by = await this.userName();
    const at = this.deps.now();
    session.update((doc) => {
      const activityLog = valueOf(
        appendEntry(
          doc.activityLog as LogEntry[],
          { at, by, action, details, ...(claimId ? { claimId } : {}) },
          sha256Hex,
        ),
      );
      return { ...doc, activityLog, logHead: headOf(activityLog) };
    });
  }

  /** The view after a change, also pushed as a projectChanged event. */
  changed(projectId: string): ProjectView {
    const v = this.view(projectId);
    this.deps.emit('projectChanged', { view: v });
    return v;
  }
}
