// @vitest-environment happy-dom
// The activity log panel over the real handlers. A project never shared shows its own chain as before. A shared
// story (its folder says where it is shared, and its replica holds the other computers' chains, written here as the
// replication would have left them) shows every computer's entries merged by time, each naming who and on which
// computer, and each computer's chain checked on its own: a rewritten entry on one names that computer and entry.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validatedApi } from '../../../../../electron/api/validated-call';
import { StoryReplica } from '../../../../../electron/sync/replica';
import { sha256Hex } from '../../../../../electron/api/handler-context';
import { appendEntry } from '../../../../../shared/log/activity-log';
import type { LogEntry } from '../../../../../shared/log/activity-log';
import type { LogAction } from '../../../../../shared/log/log-actions';
import { logDocId } from '../../../../../shared/sync/docs';
import type { SyncDoc } from '../../../../../shared/sync/docs';
import { ActivityLogPanel } from '../../../../../renderer/features/desk/ActivityLogPanel';
import { renderWithApi, tempProject, value } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent. Wages rose 3 percent.';

/** A device's chain of `entries` (time, person, action), hashed and linked as Factdesk writes it. */
function chain(entries: [string, string, LogAction, string?][]): LogEntry[] {
  let log: LogEntry[] = [];
  for (const [at, by, action, claimId] of entries) {
    log = value(appendEntry(log, { at, by, action, details: {}, ...(claimId ? { claimId } : {}) }, sha256Hex));
  }
  return log;
}

/** Leaves the other computers' chains in the project's replica and says where the project is shared. */
async function sharedFolder(folder: string, chains: Record<string, LogEntry[]>): Promise<void> {
  await mkdir(join(folder, 'sync'), { recursive: true });
  await writeFile(
    join(folder, 'sync', 'share.json'),
    JSON.stringify({ serverUrl: 'http://127.0.0.1:5984', user: 'Ana Reporter', database: 'factdesk-story-x' }),
  );
  const replica = value(await StoryReplica.open(folder));
  const docs: SyncDoc[] = Object.entries(chains).flatMap(([device, log]) =>
    log.map((entry) => ({ _id: logDocId(device, entry.seq), type: 'log' as const, device, entry })),
  );
  value(await replica.write(docs));
  await replica.close();
}

describe('ActivityLogPanel', () => {
  it("shows a shared story's entries from every computer by time, naming who and where, each chain checked", async () => {
    const ann = await tempProject(DRAFT, ['Rent rose 12 percent']);
    const folder = ann.view.folder;
    const claimId = ann.view.claims[0]!.id;
    const bob = chain([
      ['2026-11-26T09:05:00.000Z', 'bob', 'claim.changed', claimId],
      ['2026-11-26T09:10:00.000Z', 'bob', 'claim.changed', claimId],
    ]);
    const cho = chain([
      ['2026-11-26T08:00:00.000Z', 'cho', 'claim.created'],
      ['2026-11-26T09:20:00.000Z', 'cho', 'signoff.story'],
    ]);
    // Cho's second entry is rewritten on the server after it was written: its hash no longer matches.
    cho[1] = { ...cho[1]!, by: 'someone else' };
    await sharedFolder(folder, { 'laptop-bob': bob, 'laptop-cho': cho });

    const bridge = { ...ann.bridge, api: validatedApi(ann.handlers) };
    renderWithApi(bridge, <ActivityLogPanel view={ann.view} ordered={ann.view.claims} onOpenClaim={() => {}} />);

    const status = await screen.findByText(/^Log broken on device laptop-cho at entry 2$/);
    expect(status.getAttribute('role')).toBe('status');
    const devices = screen.getByRole('list', { name: "Each computer's chain" });
    const lines = within(devices)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(/^laptop-1 \(Ana Reporter\), this computer: \d+ entries, verified$/);
    expect(lines[1]).toBe('laptop-bob (bob): 2 entries, verified');
    expect(lines[2]).toMatch(/^laptop-cho \(cho, someone else\): does not verify\. Entry 2 of device laptop-cho/);
    expect(lines[2]).toContain('its hash does not match');

    // Newest first, merged by time: Cho's rewritten entry, Bob's two, this computer's (09:00), Cho's first (08:00).
    const entries = within(screen.getByRole('list', { name: 'Log entries, newest first' })).getAllByRole('listitem');
    const where = entries.map((li) => li.querySelector('.log-who')?.textContent);
    expect(where[0]).toBe('someone elseon laptop-cho');
    expect(where[1]).toBe('bobon laptop-bob');
    expect(where[2]).toBe('bobon laptop-bob');
    expect(where.at(-1)).toBe('choon laptop-cho');
    expect(where.slice(3, -1).every((w) => w === 'Ana Reporteron laptop-1')).toBe(true);
    expect(entries[0]!.className).toContain('is-bad');
    expect(entries.filter((li) => li.className.includes('is-bad'))).toHaveLength(1);
    expect(within(entries[1]!).getByRole('button', { name: 'Show claim 1' })).toBeTruthy();
    expect(within(entries[1]!).getByText('on laptop-bob')).toBeTruthy();
  });

  it('shows a project never shared as its own chain, with no computers named', async () => {
    const ann = await tempProject(DRAFT, ['Rent rose 12 percent']);
    renderWithApi(ann.bridge, <ActivityLogPanel view={ann.view} ordered={ann.view.claims} onOpenClaim={() => {}} />);
    expect(await screen.findByText(/^Log intact: \d+ entries$/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: "Each computer's chain" })).toBeNull();
    expect(document.querySelector('.log-device-name')).toBeNull();
  });
});
