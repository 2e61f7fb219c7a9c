// The strip under the project header: switches between the draft, the desk, the publish gate and the activity log,
// and holds the story sign-off, the status vocabulary and the export.
import type { ProjectView } from '../../../shared/api/views';
import { Icon } from '../../components/Icon';
import type { DeskMode } from './use-desk';

export { DeskHeaderMeta } from './DeskHeaderMeta';

const MODES: { mode: DeskMode; label: string }[] = [
  { mode: 'draft', label: 'Draft' },
  { mode: 'desk', label: 'Desk' },
  { mode: 'gate', label: 'Ready to publish?' },
  { mode: 'log', label: 'Activity log' },
];

export interface DeskBarProps {
  view: ProjectView;
  mode: DeskMode;
  userName: string;
  busy: boolean;
  exportKeys: string;
  exportAria?: string;
  onShow: (mode: DeskMode) => void;
  onSignOffStory: () => void;
  onRevokeStory: () => void;
  onStatuses: () => void;
  onExport: () => void;
}

/** Navigation plus the story-level actions. */
export function DeskBar(props: DeskBarProps) {
  const { view, mode } = props;
  const story = view.storySignOff;
  const off = view.readOnly || props.busy;
  return (
    <div className="desk-bar">
      <nav className="desk-nav" aria-label="Workspace">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            className={`desk-nav-item${m.mode === mode ? ' is-active' : ''}`}
            aria-current={m.mode === mode ? 'page' : undefined}
            onClick={() => props.onShow(m.mode)}
          >
            {m.label}
          </button>
        ))}
      </nav>
      <div className="desk-bar-tools">
        {story && story.state === 'current' ? (
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={off}
            onClick={props.onRevokeStory}
          >
            Withdraw story sign-off
          </button>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={off || view.claims.length === 0}
            onClick={props.onSignOffStory}
            title={`Signs off every claim as it is now, in the name of ${props.userName}`}
          >
            {story ? 'Sign off the story again' : 'Sign off story'}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={view.readOnly}
          onClick={props.onStatuses}
        >
          <Icon name="gear" />
          Statuses
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={props.onExport}
          aria-keyshortcuts={props.exportAria}
        >
          <Icon name="doc" />
          Export appendix
          {props.exportKeys && <kbd className="kbd">{props.exportKeys}</kbd>}
        </button>
      </div>
    </div>
  );
}
