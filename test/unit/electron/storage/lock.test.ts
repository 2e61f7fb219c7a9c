// Telling a lock's owner apart: live, gone from this computer (dead or its id reused), or another computer gone quiet.
import { describe, expect, it } from 'vitest';
import { STALE_AFTER_MS, judgeLock } from '../../../../electron/storage/lock';
import type { ProcessProbe } from '../../../../electron/storage/lock';

const now = '2026-11-26T09:10:00.000Z';
const recent = '2026-11-26T09:09:30.000Z';
const old = new Date(Date.parse(now) - STALE_AFTER_MS - 1000).toISOString();
const me = { user: 'Ana', host: 'laptop-1', pid: 100, started: 'b:500', machine: 'm1' };

function probe(running: Record<number, string | null>): ProcessProbe {
  return { alive: (pid) => pid in running, started: (pid) => running[pid] ?? null };
}

describe('judgeLock', () => {
  it('calls a running process on this computer live, however old its heartbeat', () => {
    const lock = { host: 'laptop-1', machine: 'm1', pid: 200, started: 'b:700', heartbeatAt: old };
    expect(judgeLock(lock, me, now, probe({ 200: 'b:700' }))).toBe('live');
  });

  it('calls a process that no longer runs on this computer gone', () => {
    const lock = { host: 'laptop-1', machine: 'm1', pid: 200, started: 'b:700', heartbeatAt: recent };
    expect(judgeLock(lock, me, now, probe({}))).toBe('gone');
  });

  it('calls an id now used by a process that started later gone (the id was reused)', () => {
    const lock = { host: 'laptop-1', machine: 'm1', pid: 200, started: 'b:700', heartbeatAt: recent };
    expect(judgeLock(lock, me, now, probe({ 200: 'b:9000' }))).toBe('gone');
    // A lock from before start times were recorded: a running id counts as live.
    expect(judgeLock({ ...lock, started: null }, me, now, probe({ 200: 'b:9000' }))).toBe('live');
  });

  it('calls our own id live unless the lock names an earlier process with that id', () => {
    const lock = { host: 'laptop-1', machine: 'm1', pid: 100, started: 'b:500', heartbeatAt: recent };
    expect(judgeLock(lock, me, now, probe({ 100: 'b:500' }))).toBe('live');
    expect(judgeLock({ ...lock, started: 'old-boot:3' }, me, now, probe({ 100: 'b:500' }))).toBe('gone');
  });

  it('judges another computer only by its heartbeat: live while recent, quiet after', () => {
    const lock = { host: 'desk-2', machine: 'm2', pid: 200, started: 'b:1', heartbeatAt: recent };
    expect(judgeLock(lock, me, now, probe({}))).toBe('live');
    expect(judgeLock({ ...lock, heartbeatAt: old }, me, now, probe({}))).toBe('quiet');
  });

  it('takes a computer with the same name but another machine id for another computer', () => {
    const lock = { host: 'laptop-1', machine: 'm2', pid: 200, started: 'b:1', heartbeatAt: recent };
    expect(judgeLock(lock, me, now, probe({}))).toBe('live');
  });

  it('without machine ids, trusts an old heartbeat over a running id of the same number', () => {
    const lock = { host: 'laptop-1', machine: null, pid: 200, started: null, heartbeatAt: old };
    expect(judgeLock(lock, { ...me, machine: null }, now, probe({ 200: null }))).toBe('quiet');
  });
});
