// The activity log: who did what and when, newest first, in words, with the hash-chain check stated plainly. For a
// shared story every device's entries are merged by time, each naming the device, and every device's chain is
// checked on its own.
import { useEffect, useMemo, useState } from 'react';
import type { ActivityEntryView, ActivityLogView, ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { claimNumbers } from '../../../shared/model/claim-order';
import { formatWhen } from '../../../shared/text/format-when';
import { useApi } from '../../app/ApiProvider';
import { describeEntry, deviceLine, sharedVerdictLine, verdictLine } from './activity-words';

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
  const shared = log?.value?.shared;
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
        {log?.value ? <Verdict log={log.value} /> : !log?.error && <p className="log-verdict">Checking the log...</p>}
        <p className="field-help">
          Every change is chained to the one before it, so an entry edited or removed outside Factdesk shows up here.
          {shared && ' Each computer keeps its own chain of the shared story; each is checked on its own.'}
        </p>
        {shared?.unreadable && (
          <p role="alert" className="banner banner-error">
            {shared.unreadable}
          </p>
        )}
        {shared && shared.devices.length > 0 && (
          <ul className="log-devices" aria-label="Each computer's chain">
            {shared.devices.map((d) => (
              <li key={d.device} className={`log-device ${d.ok ? 'is-ok' : 'is-broken'}`}>
                {deviceLine(d)}
              </li>
            ))}
          </ul>
        )}
        {entries.length > 0 && (
          <ol className="log-list" aria-label="Log entries, newest first">
            {entries.slice(0, limit).map((entry) => {
              const bad = isBad(log?.value ?? null, entry);
              return (
                <li key={`${entry.device ?? ''}:${entry.seq}`} className={`log-entry${bad ? ' is-bad' : ''}`}>
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
                  <span className="log-who">
                    {entry.by}
                    {entry.device && <span className="log-device-name">on {entry.device}</span>}
                  </span>
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

/** Whether an entry is at or after the first entry of its chain that does not verify. */
function isBad(log: ActivityLogView | null, entry: ActivityEntryView): boolean {
  if (!log) return false;
  if (log.shared && entry.device) {
    const chain = log.shared.devices.find((d) => d.device === entry.device);
    if (chain && !chain.ok && chain.firstBadSeq !== undefined && entry.seq >= chain.firstBadSeq) return true;
    if (!chain?.thisDevice) return false;
  }
  return !log.verdict.ok && entry.seq >= log.verdict.firstBadSeq;
}

/** The check in one line: this project's chain, or for a shared story every device's. */
function Verdict({ log }: { log: ActivityLogView }) {
  const { ok, text } = log.shared
    ? sharedVerdictLine({ ...log, shared: log.shared })
    : { ok: log.verdict.ok, text: verdictLine(log.verdict) };
  return (
    <p role="status" className={`log-verdict ${ok ? 'is-ok' : 'is-broken'}`}>
      {text}
    </p>
  );
}
