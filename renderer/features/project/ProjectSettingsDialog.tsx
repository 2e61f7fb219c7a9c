// Project settings: the people who can be assigned claims in this project (added and removed here, saved at once).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface ProjectSettingsDialogProps {
  title: string;
  people: string[];
  onSave: (people: string[]) => Promise<string | null>;
  onClose: () => void;
}

/** A dialog named "Project settings". */
export function ProjectSettingsDialog({ title, people, onSave, onClose }: ProjectSettingsDialogProps) {
  const [list, setList] = useState(people);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function add(event: FormEvent) {
    event.preventDefault();
    const person = name.trim().replace(/\s+/gu, ' ');
    if (!person) return;
    if (list.some((p) => p.toLowerCase() === person.toLowerCase())) {
      setError(`${person} is already on the list.`);
      return;
    }
    setList([...list, person]);
    setName('');
    setError(null);
  }

  async function save() {
    setBusy(true);
    const problem = await onSave(list);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  }

  return (
    <Dialog title="Project settings" onClose={onClose}>
      <div className="dialog-body">
        <p className="dialog-lead">
          Settings for “{title}”. They are saved in the project, so everyone who opens it sees them.
        </p>
        <form className="field" onSubmit={add}>
          <label htmlFor="person-name">Add a person who checks claims</label>
          <div className="field-row">
            <input
              id="person-name"
              data-autofocus
              value={name}
              maxLength={120}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
              placeholder="For example: Ana Ruiz"
            />
            <button type="submit" className="button" disabled={!name.trim()}>
              Add
            </button>
          </div>
        </form>
        {list.length === 0 ? (
          <p className="field-help">Nobody yet: add the reporters and checkers who work on this story.</p>
        ) : (
          <ul className="people-list" aria-label="People">
            {list.map((person) => (
              <li key={person} className="people-item">
                <span>{person}</span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={`Remove ${person}`}
                  onClick={() => setList(list.filter((p) => p !== person))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
            Save
          </button>
        </div>
      </div>
    </Dialog>
  );
}
