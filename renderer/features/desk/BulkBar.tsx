// What the editor can do with the ticked claims: set a status or an assignee on all of them, sign them off, or
// withdraw their sign-off.
import { useState } from 'react';
import type { StatusDef } from '../../../shared/model/status';
import { Icon } from '../../components/Icon';
import { Select, namesAsChoices } from '../../components/Select';

export interface BulkBarProps {
  count: number;
  statuses: readonly StatusDef[];
  people: readonly string[];
  userName: string;
  readOnly: boolean;
  busy: boolean;
  onSetStatus: (statusId: string) => void;
  onSetAssignee: (assignee: string | null) => void;
  onSignOff: () => void;
  /** Some of the selected claims are signed off. */
  canRevoke: boolean;
  onRevoke: () => void;
  onClear: () => void;
}

const NOBODY = '\u0000nobody';

/** Shown while at least one claim is ticked. */
export function BulkBar(props: BulkBarProps) {
  const [status, setStatus] = useState('');
  const [assignee, setAssignee] = useState('');
  const off = props.readOnly || props.busy;
  return (
    <div className="desk-bulk" role="region" aria-label="Selected claims">
      <p className="desk-bulk-count">
        <strong>{props.count}</strong> {props.count === 1 ? 'claim' : 'claims'} selected
      </p>
      <div className="desk-bulk-group">
        <Select
          value={status}
          onChange={setStatus}
          label="New status for the selected claims"
          disabled={off}
          choices={[{ value: '', label: 'Status...' }, ...props.statuses.map((s) => ({ value: s.id, label: s.label }))]}
        />
        <button
          type="button"
          className="button button-small"
          disabled={off || !status}
          onClick={() => props.onSetStatus(status)}
        >
          Set status
        </button>
      </div>
      <div className="desk-bulk-group">
        <Select
          value={assignee}
          onChange={setAssignee}
          label="New assignee for the selected claims"
          disabled={off}
          choices={[
            { value: '', label: 'Assignee...' },
            { value: NOBODY, label: 'Nobody' },
            ...namesAsChoices(props.people),
          ]}
        />
        <button
          type="button"
          className="button button-small"
          disabled={off || !assignee}
          onClick={() => props.onSetAssignee(assignee === NOBODY ? null : assignee)}
        >
          Set assignee
        </button>
      </div>
      <div className="desk-bulk-group">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={off}
          onClick={props.onSignOff}
          title={`Signs off in the name of ${props.userName}`}
        >
          Sign off selected
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={off || !props.canRevoke}
          onClick={props.onRevoke}
        >
          Withdraw sign-off
        </button>
      </div>
      <button
        type="button"
        className="icon-button desk-bulk-clear"
        aria-label="Clear selection"
        title="Clear selection"
        onClick={props.onClear}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
