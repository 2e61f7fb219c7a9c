import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../../../electron/storage/retention';

const now = '2026-11-26T12:00:00.000Z';
const at = (iso: string) => ({ name: `b-${iso}`, createdAt: iso });
const kept = (list: { name: string }[]) => list.map((b) => b.name.slice(2));

describe('selectBackupsToKeep', () => {
  it('keeps the 3 newest of the last day, then one per earlier day, 10 in all', () => {
    const today = [
      '2026-11-26T11:50:00.000Z',
      '2026-11-26T11:00:00.000Z',
      '2026-11-26T10:00:00.000Z',
      '2026-11-26T09:00:00.000Z',
    ];
    const earlier: string[] = [];
    for (let d = 25; d >= 10; d--) {
      earlier.push(
        `2026-11-${String(d).padStart(2, '0')}T18:00:00.000Z`,
        `2026-11-${String(d).padStart(2, '0')}T08:00:00.000Z`,
      );
    }
    const { keep, remove } = selectBackupsToKeep([...today, ...earlier].map(at), now);
    expect(kept(keep)).toEqual([
      ...today.slice(0, 3),
      '2026-11-25T18:00:00.000Z',
      '2026-11-24T18:00:00.000Z',
      '2026-11-23T18:00:00.000Z',
      '2026-11-22T18:00:00.000Z',
      '2026-11-21T18:00:00.000Z',
      '2026-11-20T18:00:00.000Z',
      '2026-11-19T18:00:00.000Z',
    ]);
    expect(keep.length + remove.length).toBe(today.length + earlier.length);
  });

  it('keeps everything when there are few backups', () => {
    const list = ['2026-11-26T11:00:00.000Z', '2026-11-20T11:00:00.000Z'].map(at);
    expect(selectBackupsToKeep(list, now).remove).toEqual([]);
  });

  it('does not drop backups dated in the future (a wrong clock) and ignores undatable ones', () => {
    const list = [
      at('2027-01-01T00:00:00.000Z'),
      { name: 'odd', createdAt: 'not a date' },
      at('2026-11-26T11:00:00.000Z'),
    ];
    const { keep, remove } = selectBackupsToKeep(list, now);
    expect(kept(keep)).toContain('2027-01-01T00:00:00.000Z');
    expect(remove.map((b) => b.name)).toEqual(['odd']);
  });

  it('follows a custom policy', () => {
    const list = ['2026-11-26T11:00:00.000Z', '2026-11-26T10:00:00.000Z', '2026-11-25T10:00:00.000Z'].map(at);
    expect(kept(selectBackupsToKeep(list, now, { recent: 1, total: 2 }).keep)).toEqual([
      '2026-11-26T11:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
    ]);
  });
});
