// Adding several source files at once: "Adding 2 of 5: council.srt" above the list of files, each marked added or
// refused with its sentence; one refused file never stops the others.
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { LibraryName, ProjectView, SourceView } from '../../../shared/api/views';
import { Dialog } from '../../components/Dialog';
import { addManyFiles } from './add-many';
import type { ManyFile } from './add-many';
import { isFinished, progressLine, settleFile, startAddMany } from './add-many-state';

export interface AddManyDialogProps {
  projectId: string;
  library: LibraryName;
  files: ManyFile[];
  onAdded: (source: SourceView, view: ProjectView | null) => void;
  onClose: () => void;
}

/** A dialog named "Add sources" that starts adding as soon as it opens. */
export function AddManyDialog({ projectId, library, files, onAdded, onClose }: AddManyDialogProps) {
  const api = useApi();
  const [state, setState] = useState(() => startAddMany(files.map((f) => f.name)));
  const started = useRef(false);
  const latestAdded = useRef(onAdded);
  useEffect(() => {
    latestAdded.current = onAdded;
  });

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void addManyFiles(
      {
        api,
        projectId,
        library,
        onAdded: (source, view) => latestAdded.current(source, view),
        onOutcome: (index, outcome) => setState((s) => settleFile(s, index, outcome)),
      },
      files,
    );
  }, [api, projectId, library, files]);

  const done = isFinished(state);
  const added = state.files.filter((f) => f.outcome.state !== 'waiting' && f.outcome.state !== 'adding').length;
  return (
    <Dialog title="Add sources" onClose={() => done && onClose()} className="dialog-wide">
      <div className="dialog-body">
        <p className="reading-line" role="status">
          {!done && <progress max={state.files.length} value={added} aria-label="Files added so far" />}
          {progressLine(state)}
        </p>
        <ol className="add-many-list" aria-label="Files">
          {state.files.map((f, i) => (
            <li key={i} className={`add-many-item is-${f.outcome.state}`}>
              <span className="add-many-name">{f.name}</span>{' '}
              <span className="add-many-outcome">
                {f.outcome.state === 'waiting'
                  ? 'waiting'
                  : f.outcome.state === 'adding'
                    ? 'adding...'
                    : f.outcome.state === 'added'
                      ? `added as "${f.outcome.title}"`
                      : `refused: ${f.outcome.message}`}
              </span>
            </li>
          ))}
        </ol>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" disabled={!done} onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
