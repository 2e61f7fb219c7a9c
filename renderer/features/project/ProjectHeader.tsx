// The project header: title, draft version, claim progress, the save state indicator and the project's buttons.
import type { ReactNode } from 'react';
import type { ProjectView, SaveState, SaveStateKind } from '../../../shared/api/views';
import { Icon } from '../../components/Icon';
import { MetaSeparator } from '../../components/MetaSeparator';
import { claimProgress, saveStateLabel } from './project-state';

export interface ProjectHeaderProps {
  view: ProjectView;
  saveState: SaveState | null;
  paletteKeys: string;
  paletteAria: string | undefined;
  canShowInFolder: boolean;
  onShowInFolder: () => void;
  onPalette: () => void;
  onClose: () => void;
  /** Shown after the progress bar (the desk adds what blocks publication and the story sign-off): parts that carry
   *  the separators between them (MetaSeparator), the one before the first is the header's. */
  meta?: ReactNode;
  /** A shared story's sync state, shown beside the save state (SyncStateLine). */
  sync?: ReactNode;
  /** Buttons shown before Show in folder and Commands (the Quote check). */
  tools?: ReactNode;
}

/**
 * A save flips the indicator between "Saved" and "Saving..." on every edit. Each of them keeps the room of the wider
 * one (data-room, drawn hidden by project.css), so a save starting or ending never changes the header's width, wraps
 * its meta line and moves everything under it: a click on "Mark as claim" as a save ended used to land beside the
 * button. An error or read-only state takes its own width; it stays until something changes.
 */
const EVERYDAY_STATES: ReadonlySet<SaveStateKind> = new Set(['saved', 'saving', 'unsaved']);
const EVERYDAY_ROOM = saveStateLabel({ state: 'saving' });

/** The top bar of the project view. */
export function ProjectHeader({
  view,
  saveState,
  paletteKeys,
  paletteAria,
  canShowInFolder,
  onShowInFolder,
  onPalette,
  onClose,
  meta,
  sync,
  tools,
}: ProjectHeaderProps) {
  const progress = claimProgress(view);
  const draft = view.drafts.find((d) => d.id === view.currentDraft?.id);
  const state = saveState?.state ?? 'saved';
  const label = saveStateLabel(saveState);
  return (
    <header className="project-header">
      <div className="project-heading">
        <h1 className="project-title" title={view.folder}>
          {view.title}
        </h1>
        <p className="project-meta">
          {draft ? (
            <span>
              Draft {draft.number}
              <MetaSeparator />
              {draft.words.toLocaleString()} words
              <MetaSeparator />
            </span>
          ) : (
            <span>
              No draft yet
              <MetaSeparator />
            </span>
          )}
          <span className="progress-part">
            <span className="progress-text">
              {progress.total === 0
                ? 'No claims'
                : `${progress.cleared} of ${progress.total} ${progress.total === 1 ? 'claim' : 'claims'} cleared`}
            </span>
            {progress.total > 0 && (
              <progress
                className="claim-progress"
                max={progress.total}
                value={progress.cleared}
                aria-label="Claims cleared for publication"
              />
            )}
            {meta && <MetaSeparator />}
          </span>
          {meta}
        </p>
      </div>
      <div className="project-tools">
        <div role="status" aria-label="Save state" className={`save-state save-${state}`}>
          <span className="save-dot" aria-hidden="true" />
          <span className="save-text" title={label} data-room={EVERYDAY_STATES.has(state) ? EVERYDAY_ROOM : undefined}>
            {label}
          </span>
        </div>
        {sync}
        {tools}
        {canShowInFolder && (
          <button type="button" className="button button-quiet" onClick={onShowInFolder}>
            <Icon name="folder" />
            Show in folder
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onPalette} aria-keyshortcuts={paletteAria}>
          <Icon name="command" />
          Commands
          <kbd className="kbd">{paletteKeys}</kbd>
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close project
        </button>
      </div>
    </header>
  );
}
