// Adding several sources at once: each file's outcome and the progress line.
import { describe, expect, it } from 'vitest';
import {
  isFinished,
  progressLine,
  settleFile,
  startAddMany,
} from '../../../../../renderer/features/sources/add-many-state';

describe('adding several sources', () => {
  it('says which file of how many is being added, then how many were added and refused', () => {
    let s = startAddMany(['a.txt', 'b.srt', 'c.csv']);
    expect(isFinished(s)).toBe(false);
    s = settleFile(s, 0, { state: 'adding' });
    expect(progressLine(s)).toBe('Adding 1 of 3: a.txt');
    s = settleFile(s, 0, { state: 'added', title: 'A' });
    s = settleFile(s, 1, { state: 'adding' });
    expect(progressLine(s)).toBe('Adding 2 of 3: b.srt');
    s = settleFile(s, 1, { state: 'refused', message: 'b.srt has no cues.' });
    s = settleFile(s, 2, { state: 'adding' });
    s = settleFile(s, 2, { state: 'added', title: 'C' });
    expect(isFinished(s)).toBe(true);
    expect(progressLine(s)).toBe('Added 2 of 3 files; 1 was refused.');
    expect(s.files.map((f) => f.outcome.state)).toEqual(['added', 'refused', 'added']);
  });

  it('reads plainly when every file was added', () => {
    const s = settleFile(startAddMany(['a.txt']), 0, { state: 'added', title: 'A' });
    expect(progressLine(s)).toBe('Added 1 of 1 file.');
  });
});
