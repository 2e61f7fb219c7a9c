// The welcome screen: what Factdesk is, New project, Open project, Open a shared story and the recent projects list.
import { useShell } from '../../app/shell-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { RecentList } from './RecentList';

/**
 * The first screen, shown while no project is open. It reads the shell (renderer/README.md): the version and recent
 * list from the app facts, New and Open project from the commands, the rest from the welcome flows.
 */
export function Welcome() {
  const { info, actions, keys, welcome, welcomeActions, removeRecent } = useShell();
  const recover = welcome.recoverable ? () => void welcomeActions.recover() : null;
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
            <button type="button" className="button button-primary button-large" onClick={actions.newProject}>
              <Icon name="plus" />
              New project
            </button>
            <button type="button" className="button button-large" onClick={actions.openProject}>
              <Icon name="folder" />
              Open project
            </button>
            <button type="button" className="button button-large" onClick={() => welcomeActions.show('open-shared')}>
              <Icon name="globe" />
              Open a shared story...
            </button>
          </div>
          <p className="welcome-foot">
            <span>Version {info.version}</span>
            <span aria-hidden="true"> · </span>
            <span>{keys.palette} for all commands</span>
            <span aria-hidden="true"> · </span>
            <button type="button" className="link-button" onClick={actions.preferences}>
              Preferences
            </button>
          </p>
        </section>
        <section className="welcome-recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="section-title">
            Recent projects
          </h2>
          <ErrorAlert
            message={welcome.dialog === 'none' ? welcome.error : null}
            onDismiss={welcomeActions.dismissError}
            action={recover ? { label: 'Restore the newest backup', run: recover } : null}
          />
          <RecentList
            recent={info.recent}
            busy={welcome.busy}
            onOpen={(path) => void welcomeActions.open(path)}
            onRemove={(project) => void removeRecent(project.path)}
          />
        </section>
      </div>
    </main>
  );
}
