// A device's part of a shared story's log: its project log written as documents in order, and one checkpoint per
// batch of other devices' entries that brings something new.
import { describe, expect, it } from 'vitest';
import { appendEntry } from '../../../../shared/log/activity-log';
import type { LogEntry } from '../../../../shared/log/activity-log';
import { CHECKPOINT_ACTION, checkpointHeads, verifyDeviceChains } from '../../../../shared/log/device-chains';
import { sha256 } from '../../../../shared/log/sha256';
import { DeviceLog, storedEntries } from '../../../../shared/sync/device-log';
import type { LogSyncDoc } from '../../../../shared/sync/docs';

function act(log: readonly unknown[], by: string, action: 'claim.created' | 'claim.changed'): LogEntry[] {
  const next = appendEntry(log as LogEntry[], { at: '2026-12-06T10:00:00.000Z', by, action, details: {} }, sha256);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
}

describe('a device log of a shared story', () => {
  it('writes each entry once, checkpoints a batch of arrivals once, and never answers a checkpoint', () => {
    const ann = new DeviceLog('laptop-ann', [], sha256);
    const bob = new DeviceLog('laptop-bob', [], sha256);
    let annLog: readonly unknown[] = act(act([], 'ann', 'claim.created'), 'ann', 'claim.changed');
    let step = ann.step(annLog, 'ann', '2026-12-06T10:01:00.000Z');
    expect(step.entries).toBe(annLog);
    expect(step.docs.map((d) => d._id)).toEqual(['log:laptop-ann:1', 'log:laptop-ann:2']);
    expect(ann.step(annLog, 'ann', '2026-12-06T10:01:00.000Z').docs).toEqual([]);

    // Bob receives Ann's two entries in one batch: one checkpoint of her head.
    for (const d of step.docs) bob.received(d);
    let bobStep = bob.step([], 'bob', '2026-12-06T10:02:00.000Z');
    expect(bobStep.entries).toHaveLength(1);
    expect(checkpointHeads(bobStep.entries[0])).toEqual([
      { device: 'laptop-ann', seq: 2, hash: (annLog[1] as LogEntry).hash },
    ]);
    expect(bobStep.docs.map((d) => d._id)).toEqual(['log:laptop-bob:1']);
    const bobDocs: LogSyncDoc[] = [...bobStep.docs];
    // The same entries again (a replica reporting them twice): nothing new to vouch for.
    for (const d of step.docs) bob.received(d);
    expect(bob.step(bobStep.entries, 'bob', '2026-12-06T10:03:00.000Z').entries).toBe(bobStep.entries);

    // Ann receives Bob's checkpoint: only a checkpoint, so no answer.
    for (const d of bobStep.docs) ann.received(d);
    step = ann.step(annLog, 'ann', '2026-12-06T10:04:00.000Z');
    expect(step.entries).toBe(annLog);

    // Bob works; Ann checkpoints him.
    const bobLog = act(bobStep.entries, 'bob', 'claim.changed');
    bobStep = bob.step(bobLog, 'bob', '2026-12-06T10:05:00.000Z');
    bobDocs.push(...bobStep.docs);
    for (const d of bobStep.docs) ann.received(d);
    step = ann.step(annLog, 'ann', '2026-12-06T10:06:00.000Z');
    expect((step.entries.at(-1) as LogEntry).action).toBe(CHECKPOINT_ACTION);
    annLog = step.entries;
    const annDocs = [
      ...storedEntries([
        { _id: 'log:laptop-ann:1', type: 'log', entry: annLog[0] },
        { _id: 'log:laptop-ann:2', type: 'log', entry: annLog[1] },
      ]),
      ...storedEntries(step.docs),
    ];
    expect(verifyDeviceChains([...annDocs, ...storedEntries(bobDocs)], sha256)).toEqual({
      ok: true,
      chains: [
        { device: 'laptop-ann', ok: true, count: 3 },
        { device: 'laptop-bob', ok: true, count: 2 },
      ],
    });
  });

  it('writes a damaged local log only up to the first damaged entry', () => {
    const log: unknown[] = act(act([], 'ann', 'claim.created'), 'ann', 'claim.changed');
    log[0] = { broken: true };
    expect(new DeviceLog('laptop-ann', [], sha256).step(log, 'ann', '2026-12-06T10:00:00.000Z').docs).toEqual([]);
  });
});
