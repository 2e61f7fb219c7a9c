// The welcome screen: what Factdesk is, New project, Open project, Open a shared story and the recent projects list.
import type { RecentProject } from '../../../shared/api/views';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { RecentList } from './RecentList';

export interface WelcomeProps {
  version: string;
  recent: RecentProject[];
  busy: boolean;
  /** An error to show on the screen itself (dialogs show their own). */
  error: string | null;
  onDismissError: () => void;
  /** Offered when the project file could not be read: restore its newest good backup. */
  onRecover?: (() => void) | null;
  onNew: () => void;
  onOpen: () => void;
  /** Opens the Open a shared story dialog. */
  onOpenShared: () => void;
  onOpenRecent: (path: string) => void;
  onRemoveRecent: (project: RecentProject) => void;
  onPreferences: () => void;
  shortcutHint: string;
}

/** The first screen, shown while no project is open. */
export function Welcome(props: WelcomeProps) {
  return (
    <main className="welcome">
      <div className="welcome-card">
        <section className="welcome-intro" aria-labelledby="welcome-title">
          <div className="brand-mark" aria-hidden="true">
            F
          </div>
          <h1 id="welcome-title" className="welcome-title">
            Factdesk
          </h1>
          <p className="welcome-tagline">
            Mark every claim in your draft, tie it to its sources and track what is verified before you publish.
          </p>
          <div className="welcome-actions">
            <button type="button" className="button button-primary button-large" onClick={props.onNew}>
              <Icon name="plus" />
              New project
            </button>
            <button type="button" className="button button-large" onClick={props.onOpen}>
              <Icon name="folder" />
              Open project
            </button>
            <button type="button" className="button button-large" onClick={props.onOpenShared}>
              <Icon name="globe" />
              Open a shared story...
            </button>
          </div>
          <p className="welcome-foot">
            <span>Version {props.version}</span>
            <span aria-hidden="true"> · </span>
            <span>{props.shortcutHint} for all commands</span>
            <span aria-hidden="true"> · </span>
            <button type="button" className="link-button" onClick={props.onPreferences}>
              Preferences
            </button>
          </p>
        </section>
        <section className="welcome-recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="section-title">
            Recent projects
          </h2>
          <ErrorAlert
            message={props.error}
            onDismiss={props.onDismissError}
            action={props.onRecover ? { label: 'Restore the newest backup', run: props.onRecover } : null}
          />
          <RecentList
            recent={props.recent}
            busy={props.busy}
            onOpen={props.onOpenRecent}
            onRemove={props.onRemoveRecent}
          />
        </section>
      </div>
    </main>
  );
}
