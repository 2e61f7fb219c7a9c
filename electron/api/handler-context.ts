// What every group of handlers shares: the open sessions, settings, the user's name and the view/event helpers.
import { FactdeskError } from '../../shared/api/result';
import type { InputOf, MethodName, Replies } from '../../shared/api/contract';
import type { ProjectView } from '../../shared/api/views';
import type { ProjectSession } from '../storage/project-session';
import { openSettings } from '../storage/settings';
import type { SettingsStore } from '../storage/settings';
import type { HandlerDeps } from './deps';
import { toProjectView } from './project-view';

/** Handler implementations that may throw FactdeskError; createHandlers turns them into Result replies. */
export type Impl<K extends MethodName = MethodName> = { [M in K]: (input: InputOf<M>) => Promise<Replies[M]> };

export class HandlerContext {
  readonly sessions = new Map<string, ProjectSession>();
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
    if (!s) throw new FactdeskError('project-not-open', 'That project is no longer open. Open it again from the welcome screen.');
    return s;
  }

  view(projectId: string): ProjectView {
    return toProjectView(projectId, this.session(projectId));
  }

  /** The view after a change, also pushed as a projectChanged event. */
  changed(projectId: string): ProjectView {
    const v = this.view(projectId);
    this.deps.emit('projectChanged', { view: v });
    return v;
  }
}
