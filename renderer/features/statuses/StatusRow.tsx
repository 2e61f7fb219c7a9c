// One status in the vocabulary editor: colour, name, "blocks publication", "needs a source", public verdict, move
// and remove.
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { StatusDef } from '../../../shared/model/status';
import { RATING_NAMES, verdictOf } from './vocabulary-state';
import type { VocabularyEdit } from './vocabulary-state';

export interface StatusRowProps {
  status: StatusDef;
  index: number;
  total: number;
  uses: number;
  onEdit: (edit: VocabularyEdit) => boolean;
}

/** Alt+ArrowUp / Alt+ArrowDown anywhere in the row move the status. */
export function StatusRow({ status, index, total, uses, onEdit }: StatusRowProps) {
  const [label, setLabel] = useState(status.label);
  const [seen, setSeen] = useState(status.label);
  if (seen !== status.label) {
    setSeen(status.label);
    setLabel(status.label);
  }
  const verdict = verdictOf(status);
  const [verdictName, setVerdictName] = useState(verdict.name);
  const name = status.label;

  function commitLabel() {
    if (label.trim() === status.label) return;
    if (!onEdit({ type: 'rename', id: status.id, label })) setLabel(status.label);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const by = event.key === 'ArrowUp' ? -1 : 1;
    if (index + by < 0 || index + by >= total) return;
    commitLabel();
    onEdit({ type: 'move', id: status.id, by });
    const target = event.target as HTMLElement;
    window.requestAnimationFrame(() => target.focus());
  }

  return (
    <li className="vocab-row" onKeyDown={onKeyDown}>
      <span className="vocab-pos" aria-hidden="true">
        {index + 1}
      </span>
      <input
        type="color"
        className="vocab-color"
        value={status.color}
        aria-label={`Colour of ${name}`}
        onChange={(e) => onEdit({ type: 'recolour', id: status.id, color: e.target.value })}
      />
      <input
        type="text"
        className="vocab-name"
        value={label}
        aria-label={`Name of ${name}`}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={commitLabel}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commitLabel();
          }
        }}
      />
      <label className="vocab-blocking">
        <input
          type="checkbox"
          className="checkbox"
          checked={status.blocksPublication}
          onChange={(e) => onEdit({ type: 'blocking', id: status.id, on: e.target.checked })}
          aria-label={`${name} blocks publication`}
        />
      </label>
      <label className="vocab-needs-source">
        <input
          type="checkbox"
          className="checkbox"
          checked={status.needsSource === true}
          onChange={(e) => onEdit({ type: 'needs-source', id: status.id, on: e.target.checked })}
          aria-label={`${name} needs a source`}
        />
      </label>
      <select
        className="select vocab-rating"
        value={verdict.rating ?? ''}
        aria-label={`Public verdict of ${name}`}
        onChange={(e) => {
          const rating = e.target.value ? Number(e.target.value) : null;
          const nextName = rating === null ? '' : verdictName.trim() || (RATING_NAMES[rating] ?? '');
          setVerdictName(nextName);
          onEdit({ type: 'verdict', id: status.id, rating, name: nextName });
        }}
      >
        <option value="">No verdict</option>
        {[1, 2, 3, 4, 5].map((r) => (
          <option key={r} value={r}>
            {r} of 5
          </option>
        ))}
      </select>
      <input
        type="text"
        className="vocab-verdict-name"
        value={verdict.rating === null ? '' : verdictName}
        disabled={verdict.rating === null}
        placeholder={verdict.rating === null ? '' : 'Verdict name'}
        aria-label={`Verdict name of ${name}`}
        onChange={(e) => setVerdictName(e.target.value)}
        onBlur={() => {
          if (verdict.rating !== null && verdictName.trim() !== verdict.name) {
            onEdit({ type: 'verdict', id: status.id, rating: verdict.rating, name: verdictName });
          }
        }}
      />
      <span className="vocab-uses">{uses === 0 ? 'unused' : `${uses} ${uses === 1 ? 'claim' : 'claims'}`}</span>
      <span className="vocab-tools">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onEdit({ type: 'move', id: status.id, by: -1 })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} down`}
          disabled={index === total - 1}
          onClick={() => onEdit({ type: 'move', id: status.id, by: 1 })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="icon-button vocab-remove"
          aria-label={`Remove ${name}`}
          onClick={() => onEdit({ type: 'remove', id: status.id })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </li>
  );
}
