// About Factdesk: version, where settings live and how this window talks to the rest of the app.
import type { AppInfo } from '../../../shared/api/views';
import { Dialog, CloseActions } from '../../components/Dialog';

/** Facts for support requests. */
export function AboutDialog({ info, onClose }: { info: AppInfo; onClose: () => void }) {
  return (
    <Dialog title="About Factdesk" onClose={onClose}>
      <div className="dialog-body">
        <p className="dialog-lead">
          Factdesk is a quote- and fact-checking workbench for journalists. Everything stays in project folders on this
          computer; opening a project never goes online.
        </p>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Your name</dt>
          <dd>{info.userName}</dd>
          <dt>Settings folder</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>Running</dt>
          <dd>{info.capabilities.transport === 'ipc' ? 'Desktop app' : 'Browser window on this computer'}</dd>
        </dl>
        <CloseActions onClose={onClose} label="Close" />
      </div>
    </Dialog>
  );
}
