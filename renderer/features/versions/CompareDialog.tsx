// Compares two draft versions word by word: insertions and deletions inline, with how many words each side has.
import { useEffect, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { DraftComparison, DraftVersionMeta } from '../../../shared/api/views';
import { Dialog, CloseActions } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WordDiff } from '../../components/WordDiff';

export interface CompareDialogProps {
  projectId: string;
  versions: DraftVersionMeta[];
  fromId: string;
  toId: string;
  onClose: () => void;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : `${word}s`}`;
}

/** A wide dialog named "Compare draft versions". */
export function CompareDialog({ projectId, versions, fromId, toId, onClose }: CompareDialogProps) {
  const api = useApi();
  const [from, setFrom] = useState(fromId);
  const [to, setTo] = useState(toId);
  const [result, setResult] = useState<{ key: string; comparison: DraftComparison | null; error: string | null }>();
  const key = `${from}>${to}`;
  const ordered = [...versions].sort((a, b) => a.number - b.number);

  useEffect(() => {
    let live = true;
    void api.compareDrafts({ projectId, fromId: from, toId: to }).then((reply) => {
      if (!live) return;
      setResult(
        reply.ok
          ? { key: `${from}>${to}`, comparison: reply.value, error: null }
          : { key: `${from}>${to}`, comparison: null, error: reply.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, projectId, from, to]);

  const current = result?.key === key ? result : undefined;
  const comparison = current?.comparison ?? null;

  const choices = ordered.map((v) => ({ value: v.id, label: `Version ${v.number}` }));
  return (
    <Dialog title="Compare draft versions" className="dialog-compare" onClose={onClose}>
      <div className="dialog-body compare-body">
        <div className="compare-pickers">
          <label className="compare-picker">
            From
            <Select value={from} onChange={setFrom} choices={choices} autofocus />
          </label>
          <label className="compare-picker">
            To
            <Select value={to} onChange={setTo} choices={choices} />
          </label>
          <p className="compare-counts" role="status">
            {comparison
              ? from === to
                ? 'The same version on both sides.'
                : `${plural(comparison.added, 'word')} added, ${plural(comparison.removed, 'word')} removed`
              : current?.error
                ? ''
                : 'Comparing...'}
          </p>
        </div>
        <ErrorAlert message={current?.error ?? null} />
        {comparison && (
          <section
            className="compare-text"
            aria-label={`Changes from version ${comparison.from.number} to version ${comparison.to.number}`}
            tabIndex={0}
          >
            <WordDiff ops={comparison.ops} />
          </section>
        )}
        <CloseActions onClose={onClose} label="Done" />
      </div>
    </Dialog>
  );
}
