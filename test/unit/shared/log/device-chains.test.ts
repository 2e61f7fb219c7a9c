// A shared story's log across machines: each device's own chain, checkpoints that record the other chains' heads,
// and a check that names the device and entry that do not verify.
import { describe, expect, it } from 'vitest';
import { appendEntry, entryHash } from '../../../../shared/log/activity-log';
import type { LogEntry, LogInput } from '../../../../shared/log/activity-log';
import {
  CHECKPOINT_ACTION,
  chainHeads,
  checkpointHeads,
  nextCheckpoint,
  verifyDeviceChains,
} from '../../../../shared/log/device-chains';
import type { ChainHead, StoredEntry } from '../../../../shared/log/device-chains';
import { sha256 } from '../../../../shared/log/sha256';

/** One device's project log, growing as its person works. */
class Device {
  log: LogEntry[] = [];
  private minute = 0;
  constructor(readonly id: string) {}

  act(action: LogInput['action'], details: LogInput['details'] = {}): LogEntry {
    const at = `2026-12-06T10:${String(++this.minute).padStart(2, '0')}:00.000Z`;
    const next = appendEntry(this.log, { at, by: this.id, action, details }, sha256);
    if (!next.ok) throw new Error(next.error.message);
    this.log = next.value;
    return this.log.at(-1)!;
  }

  /** Appends a checkpoint when the others' chains (as received) hold something new; returns whether it did. */
  checkpoint(received: StoredEntry[]): boolean {
    const last = [...this.log].reverse().find((e) => e.action === CHECKPOINT_ACTION);
    const heads = nextCheckpoint(this.id, received, last ? checkpointHeads(last) : []);
    if (!heads) return false;
    this.act(CHECKPOINT_ACTION, { heads: heads.map((h) => ({ ...h })) });
    return true;
  }

  stored(): StoredEntry[] {
    return this.log.map((entry) => ({ device: this.id, seq: entry.seq, entry: structuredClone(entry) }));
  }
}

/** Ann and Bob each work, then each receives the other's entries and checkpoints them. */
function story(): { ann: Device; bob: Device; all: () => StoredEntry[] } {
  const ann = new Device('laptop-ann');
  const bob = new Device('laptop-bob');
  ann.act('claim.created');
  ann.act('claim.changed', { status: 'verified' });
  bob.act('claim.created');
  ann.checkpoint(bob.stored());
  bob.checkpoint(ann.stored());
  bob.act('signoff.claim');
  ann.checkpoint(bob.stored());
  return { ann, bob, all: () => [...ann.stored(), ...bob.stored()] };
}

function rehash(entry: LogEntry): LogEntry {
  return { ...entry, hash: entryHash(entry, sha256) };
}

describe('per-device chains of a shared story', () => {
  it('verifies every chain, each checkpoint recording the heads of the others', () => {
    const { ann, bob, all } = story();
    expect(ann.log.map((e) => e.action)).toEqual([
      'claim.created',
      'claim.changed',
      CHECKPOINT_ACTION,
      CHECKPOINT_ACTION,
    ]);
    expect(checkpointHeads(ann.log[3])).toEqual([{ device: 'laptop-bob', seq: 3, hash: bob.log[2]!.hash }]);
    expect(verifyDeviceChains(all(), sha256)).toEqual({
      ok: true,
      chains: [
        { device: 'laptop-ann', ok: true, count: 4 },
        { device: 'laptop-bob', ok: true, count: 3 },
      ],
    });
    expect(chainHeads(all())).toEqual([
      { device: 'laptop-ann', seq: 4, hash: ann.log[3]!.hash },
      { device: 'laptop-bob', seq: 3, hash: bob.log[2]!.hash },
    ]);
  });

  it('writes no checkpoint for checkpoints alone, so two devices never answer each other for ever', () => {
    const { ann, bob } = story();
    // Ann's last checkpoint is new to Bob, but it is only a checkpoint.
    expect(bob.checkpoint(ann.stored())).toBe(false);
    expect(ann.checkpoint(bob.stored())).toBe(false);
    bob.act('claim.deleted');
    expect(ann.checkpoint(bob.stored())).toBe(true);
  });

  it('names the entry of another device that was changed, and why', () => {
    const { all } = story();
    const entries = all();
    const bobs = entries.find((s) => s.device === 'laptop-bob' && s.seq === 1)!;
    (bobs.entry as LogEntry).details = { forged: true };
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.ok).toBe(false);
    expect(verdict.chains[0]).toEqual({ device: 'laptop-ann', ok: true, count: 4 });
    expect(verdict.chains[1]).toMatchObject({
      device: 'laptop-bob',
      ok: false,
      seq: 1,
      action: 'claim.created',
      at: '2026-12-06T10:01:00.000Z',
      code: 'altered',
    });
    expect((verdict.chains[1] as { reason: string }).reason).toBe(
      'Entry 1 of device laptop-bob (claim.created, 2026-12-06T10:01:00.000Z) was changed after it was written: its hash does not match.',
    );
  });

  it('names an entry rewritten with a fresh hash by the entry after it', () => {
    const { all } = story();
    const entries = all();
    const first = entries.find((s) => s.device === 'laptop-ann' && s.seq === 1)!;
    first.entry = rehash({ ...(first.entry as LogEntry), details: { forged: true } });
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[0]).toMatchObject({ device: 'laptop-ann', ok: false, seq: 1, code: 'altered' });
  });

  it('names an entry dropped from the middle of a chain', () => {
    const { all } = story();
    const entries = all().filter((s) => !(s.device === 'laptop-ann' && s.seq === 2));
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[0]).toMatchObject({ device: 'laptop-ann', ok: false, seq: 2, code: 'missing' });
    expect((verdict.chains[0] as { reason: string }).reason).toBe(
      'Entry 2 of device laptop-ann is missing: entry 3 comes right after entry 1.',
    );
  });

  it('names the last entry of a chain dropped when another device had checkpointed it', () => {
    const { all } = story();
    // Bob's sign-off, his last entry, is gone; Ann's checkpoint recorded it.
    const entries = all().filter((s) => !(s.device === 'laptop-bob' && s.seq === 3));
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[1]).toMatchObject({ device: 'laptop-bob', ok: false, seq: 3, code: 'missing' });
    expect((verdict.chains[1] as { reason: string }).reason).toMatch(
      /^Entry 3 of device laptop-bob is missing, but device laptop-ann's checkpoint \(its entry 4, .*\) records it/,
    );
  });

  it('names entries that were swapped in place', () => {
    const { all } = story();
    const entries = all();
    const one = entries.find((s) => s.device === 'laptop-ann' && s.seq === 1)!;
    const two = entries.find((s) => s.device === 'laptop-ann' && s.seq === 2)!;
    [one.entry, two.entry] = [two.entry, one.entry];
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[0]).toMatchObject({ device: 'laptop-ann', ok: false, seq: 1, code: 'reordered' });
  });

  it('catches a head rewritten after another device vouched for it, though its own chain still links', () => {
    const { all, bob } = story();
    // Bob rewrites his sign-off (his last entry) with a fresh hash: his chain alone still verifies.
    const entries = all();
    const last = entries.find((s) => s.device === 'laptop-bob' && s.seq === 3)!;
    last.entry = rehash({ ...(last.entry as LogEntry), action: 'signoff.claim-withdrawn' });
    const bobOnly = entries.filter((s) => s.device === 'laptop-bob');
    expect(verifyDeviceChains(bobOnly, sha256).chains.find((c) => c.device === 'laptop-bob')).toEqual({
      device: 'laptop-bob',
      ok: true,
      count: 3,
    });
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[0]).toEqual({ device: 'laptop-ann', ok: true, count: 4 });
    expect(verdict.chains[1]).toMatchObject({
      device: 'laptop-bob',
      ok: false,
      seq: 3,
      action: 'signoff.claim-withdrawn',
      code: 'checkpoint-disagrees',
    });
    expect((verdict.chains[1] as { reason: string }).reason).toMatch(
      /is not the entry device laptop-ann's checkpoint \(its entry 4, .*\) records: it was rewritten after laptop-ann received it\.$/,
    );
    expect(bob.log[2]!.action).toBe('signoff.claim');
  });

  it('trusts no checkpoint beyond the point where its own chain breaks', () => {
    const { all } = story();
    const entries = all();
    const cp = entries.find((s) => s.device === 'laptop-ann' && s.seq === 4)!;
    const forged: ChainHead[] = [{ device: 'laptop-bob', seq: 3, hash: 'f'.repeat(64) }];
    (cp.entry as LogEntry).details = { heads: forged.map((h) => ({ ...h })) };
    const verdict = verifyDeviceChains(entries, sha256);
    expect(verdict.chains[0]).toMatchObject({ device: 'laptop-ann', ok: false, seq: 4, code: 'altered' });
    expect(verdict.chains[1]).toEqual({ device: 'laptop-bob', ok: true, count: 3 });
  });

  it('names a device whose whole chain is gone by the checkpoints that recorded it', () => {
    const { all } = story();
    const verdict = verifyDeviceChains(
      all().filter((s) => s.device !== 'laptop-bob'),
      sha256,
    );
    expect(verdict.chains[1]).toMatchObject({ device: 'laptop-bob', ok: false, count: 0, code: 'missing' });
  });
});
