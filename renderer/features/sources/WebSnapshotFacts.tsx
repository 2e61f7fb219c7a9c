// What the source viewer says about a web page added by its address: the address asked for (a link that opens in
// the system browser, never in Factdesk's window, when it is an https address the app may open; otherwise text to
// copy), the final address after redirects, when it was fetched and the SHA-256 of the snapshot kept in the project.
// Shown from the project file only: nothing is fetched to show it.
import type { SourceView } from '../../../shared/api/views';

/**
 * Whether the desktop app hands this address to the system browser: it opens https addresses of public sites only
 * (electron/security/external-url.ts checks each one), so any other address is shown as text to copy.
 */
function opensOutside(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const host = url.hostname;
  const local = host === 'localhost' || !host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[');
  return url.protocol === 'https:' && !local;
}

/** "2026-12-06T20:31:05.120Z" as "2026-12-06 20:31:05 UTC" (the appendix carries the exact ISO time). */
export function fetchedLabel(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** A description list named "Web page snapshot", or nothing for a source that was not fetched by address. */
export function WebSnapshotFacts({ source }: { source: Pick<SourceView, 'url' | 'snapshot'> }) {
  const snapshot = source.snapshot;
  if (!snapshot) return null;
  const address = source.url ?? snapshot.requestedUrl;
  return (
    <dl className="viewer-snapshot" aria-label="Web page snapshot">
      <dt>Address</dt>
      <dd>
        {opensOutside(address) ? (
          <a href={address} target="_blank" rel="noopener noreferrer">
            {address}
            <span className="visually-hidden"> (opens in your browser)</span>
          </a>
        ) : (
          <>
            <span className="snapshot-address">{address}</span>{' '}
            <span className="snapshot-address-note">
              (Factdesk opens only https addresses of public sites; copy this one into your browser)
            </span>
          </>
        )}
      </dd>
      <dt>Final address</dt>
      <dd>{snapshot.finalUrl}</dd>
      <dt>Fetched</dt>
      <dd>
        <time dateTime={snapshot.fetchedAt}>{fetchedLabel(snapshot.fetchedAt)}</time>
      </dd>
      <dt>SHA-256</dt>
      <dd className="snapshot-hash">{snapshot.sha256}</dd>
    </dl>
  );
}
