// The recent projects list: title, folder and when it was opened; opens on click or Enter, removable.
import { useId } from 'react';
import type { RecentProject } from '../../../shared/api/views';
import { Icon } from '../../components/Icon';
import { formatWhen } from '../../../shared/text/format-when';

export interface RecentListProps {
  recent: RecentProject[];
  busy: boolean;
  onOpen: (path: string) => void;
  onRemove: (project: RecentProject) => void;
}

/** A list labelled "Recent projects"; each item has an open button named by the title and a remove button. */
export function RecentList({ recent, busy, onOpen, onRemove }: RecentListProps) {
  const baseId = useId();
  if (recent.length === 0) {
    return (
      <p className="empty-state">
        No recent projects yet. Projects you create or open will be listed here so you can get back to them quickly.
      </p>
    );
  }
  return (
    <ul className="recent-list" aria-label="Recent projects">
      {recent.map((project, i) => {
        const detailId = `${baseId}-${i}`;
        return (
          <li key={project.path} className="recent-item">
            <button
              type="button"
              className="recent-open"
              aria-label={project.title}
              aria-describedby={detailId}
              disabled={busy}
              onClick={() => onOpen(project.path)}
            >
              <Icon name="doc" className="recent-icon" />
              <span className="recent-text">
                <span className="recent-title">{project.title}</span>
                <span id={detailId} className="recent-detail">
                  <span className="recent-path">{project.path}</span>
                  <span className="recent-when">Opened {formatWhen(project.openedAt)}</span>
                </span>
              </span>
            </button>
            <button
              type="button"
              className="icon-button recent-remove"
              aria-label={`Remove ${project.title} from recent projects`}
              title="Remove from recent projects"
              onClick={() => onRemove(project)}
            >
              <Icon name="close" />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
