// The activity log: who did what and when, newest first, in words, with the hash-chain check stated plainly.
import { useEffect, useMemo, useState } from 'react';
import type { ActivityLogView, ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { claimNumbers } from '../../../shared/model/claim-order';
import { formatWhen } from '../../../shared/text/format-when';
import { useApi } from '../../app/ApiProvider';
import { describeEntry, verdictLine } from './activity-words';

/** Entries shown at first, and added by each "Show older entries". */
const PAGE = 200;

export interface ActivityLogPanelProps {
  view: ProjectView;
  ordered: readonly Claim[];
  onOpenClaim: (claimId: string) => void;
}

/** Loads the log again whenever the project records something new. */
export function ActivityLogPanel({ view, ordered, onOpenClaim }: ActivityLogPanelProps) {
  const api = useApi();
  const [log, setLog] = useState<{ key: string; value: ActivityLogView | null; error: string | null } | null>(null);
  const key = `${view.projectId}:${view.activityCount}`;
  useEffect(() => {
    let live = true;
    void api.getActivityLog({ projectId: view.projectId, againstBackups: true }).then((result) => {
      if (!live) return;
      setLog(result.ok ? { key, value: result.value, error: null } : { key, value: null, error: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [api, view.projectId, key]);
  const numbers = useMemo(() => claimNumbers(ordered), [ordered]);
  // Entries name a claim by its words, not its number: numbers follow draft order and change between versions, and
  // the log must read the same later as when it was written.
  const words = useMemo(
    () => new Map(ordered.map((c) => [c.id, c.anchor.exact.replace(/\s+/g, ' ').trim()])),
    [ordered],
  );
  const label = (claimId: string) => {
    const w = words.get(claimId);
    if (w === undefined) return null;
    return `the claim “${w.length > 50 ? `${w.slice(0, 49)}…` : w}”`;
  };
  const entries = useMemo(() => [...(log?.value?.entries ?? [])].reverse(), [log]);
  const [limit, setLimit] = useState(PAGE);

  return (
    <main className="log" aria-labelledby="log-title" tabIndex={-1}>
      <div className="log-inner">
        <h2 id="log-title" className="gate-title">
          Activity log
        </h2>
        {log?.error && (
          <p role="alert" className="banner banner-error">
            {log.error}
          </p>
        )}
        {log?.value ? (
          <p role="status" className={`log-verdict ${log.value.verdict.ok ? 'is-ok' : 'is-broken'}`}>
            {verdictLine(log.value.verdict)}
          </p>
        ) : (
          !log?.error && <p className="log-verdict">Checking the log...</p>
        )}
        <p className="field-help">
          Every change is chained to the one before it, so an entry edited or removed outside Factdesk shows up here.
        </p>
        {entries.length > 0 && (
          <ol className="log-list" aria-label="Log entries, newest first">
            {entries.slice(0, limit).map((entry) => {
              const bad = log?.value && !log.value.verdict.ok && entry.seq >= log.value.verdict.firstBadSeq;
              return (
                <li key={entry.seq} className={`log-entry${bad ? ' is-bad' : ''}`}>
                  <span className="log-seq">{entry.seq}</span>
                  <span className="log-what">
                    {describeEntry(entry, view.statuses, label)}
                    {entry.claimId && numbers.has(entry.claimId) && (
                      <button
                        type="button"
                        className="link-button log-open"
                        onClick={() => onOpenClaim(entry.claimId ?? '')}
                      >
                        Show claim {numbers.get(entry.claimId)}
                      </button>
                    )}
                  </span>
                  <span className="log-who">{entry.by}</span>
                  <time className="log-when" dateTime={entry.at}>
                    {formatWhen(entry.at, { compact: true })}
                  </time>
                </li>
              );
            })}
          </ol>
        )}
        {entries.length > limit && (
          <button type="button" className="button button-small log-more" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, entries.length - limit)} older entries
          </button>
        )}
      </div>
    </main>
  );
}
