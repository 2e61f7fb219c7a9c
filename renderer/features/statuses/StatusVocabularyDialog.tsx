// Project settings > Statuses: edit the project's status vocabulary (add, rename, recolour, reorder, blocking,
// public verdict, remove) on a working copy, then save it whole with updateStatuses.
import { useMemo, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { ProjectView } from '../../../shared/api/views';
import type { StatusDef } from '../../../shared/model/status';
import { Dialog } from '../../components/Dialog';
import { StatusRow } from './StatusRow';
import { applyEdit, isChanged, saveProblem, statusUse } from './vocabulary-state';
import type { VocabularyEdit } from './vocabulary-state';

export interface StatusVocabularyDialogProps {
  view: ProjectView;
  onSaved: (view: ProjectView) => void;
  onClose: () => void;
}

/** The editor; errors (a refused removal, a duplicate name) show as role=alert with Factdesk's sentence. */
export function StatusVocabularyDialog({ view, onSaved, onClose }: StatusVocabularyDialogProps) {
  const api = useApi();
  const [working, setWorking] = useState<StatusDef[]>(() => [...view.statuses]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [newLabel, setNewLabel] = useState('');
  const [newColor, setNewColor] = useState('#5b6472');
  const [newBlocking, setNewBlocking] = useState(true);
  const use = useMemo(() => statusUse(view.claims), [view.claims]);
  const problem = saveProblem(working);
  const changed = isChanged(view.statuses, working);

  function edit(change: VocabularyEdit): boolean {
    const result = applyEdit(working, change, use);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    setWorking(result.value);
    return true;
  }

  async function save() {
    if (problem || view.readOnly) return;
    setSaving(true);
    const result = await api.updateStatuses({ projectId: view.projectId, statuses: working });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onSaved(result.value);
    onClose();
  }

  return (
    <Dialog title="Statuses" onClose={onClose} className="dialog-wide vocab-dialog">
      <div className="dialog-body vocab-body">
        <p className="field-help">
          The statuses a claim can have, in the order the status menu shows them (the first nine also have the keys 1 to
          9). Statuses that block publication keep the story from being ready; a public verdict is what ClaimReview
          publishes. A status that needs a source can only be given to a claim with a source attached ("Verified needs a
          source"). Move a status with its arrow buttons or Alt+Up and Alt+Down.
        </p>
        <div className="vocab-head" aria-hidden="true">
          <span />
          <span>Colour</span>
          <span>Name</span>
          <span>Blocks</span>
          <span>Needs source</span>
          <span>Public verdict</span>
          <span />
          <span>In use</span>
          <span />
        </div>
        <ol className="vocab-list" aria-label="Statuses">
          {working.map((status, i) => (
            <StatusRow
              key={status.id}
              status={status}
              index={i}
              total={working.length}
              uses={use.get(status.id) ?? 0}
              onEdit={edit}
            />
          ))}
        </ol>
        <form
          className="vocab-add"
          onSubmit={(event) => {
            event.preventDefault();
            if (edit({ type: 'add', label: newLabel, color: newColor, blocksPublication: newBlocking }))
              setNewLabel('');
          }}
        >
          <input
            type="color"
            className="vocab-color"
            value={newColor}
            onChange={(e) => setNewColor(e.target.value)}
            aria-label="Colour of the new status"
          />
          <input
            type="text"
            className="vocab-name"
            value={newLabel}
            onChange={(e) => setNewLabel(e.target.value)}
            placeholder="New status, e.g. Needs lawyer"
            aria-label="New status name"
          />
          <label className="check-row">
            <input
              type="checkbox"
              className="checkbox"
              checked={newBlocking}
              onChange={(e) => setNewBlocking(e.target.checked)}
            />
            Blocks publication
          </label>
          <button type="submit" className="button button-small" disabled={!newLabel.trim()}>
            Add status
          </button>
        </form>
        {(error ?? (changed ? problem : null)) && (
          <p role="alert" className="banner banner-error vocab-error">
            {error ?? problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!changed || problem !== null || saving || view.readOnly}
            onClick={() => void save()}
          >
            {saving ? 'Saving...' : 'Save statuses'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
