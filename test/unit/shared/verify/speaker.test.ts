import { describe, expect, it } from 'vitest';
import { nameWords, speakerMatches } from '../../../../shared/verify/speaker';

describe('speakerMatches', () => {
  it('takes a surname, a full name and a titled name for one person', () => {
    expect(speakerMatches('Bass', 'Karen Bass')).toBe(true);
    expect(speakerMatches('Mayor Bass', 'Karen Bass')).toBe(true);
    expect(speakerMatches('Karen Bass', 'Mayor Karen Bass')).toBe(true);
    expect(speakerMatches('mayor karen bass', 'Karen Bass')).toBe(true);
    expect(speakerMatches('Mr. Reagan', 'Ronald Reagan')).toBe(true);
    expect(speakerMatches('Gov. Gavin Newsom', 'Newsom')).toBe(true);
    expect(speakerMatches('Zoë Krüger', 'zoe kruger')).toBe(true);
  });

  it('lets an initial stand for a name', () => {
    expect(speakerMatches('John F. Kennedy', 'John Fitzgerald Kennedy')).toBe(true);
    expect(speakerMatches('John Kennedy', 'John F. Kennedy')).toBe(true);
    expect(speakerMatches('F. Kennedy', 'John Kennedy')).toBe(false);
  });

  it('takes a transcript label for the person, and never an interviewer turn for a source', () => {
    expect(speakerMatches('Bass', 'KAREN BASS')).toBe(true);
    expect(speakerMatches('Mayor Karen Bass', 'BASS')).toBe(true);
    expect(speakerMatches('Karen Bass', 'REPORTER')).toBe(false);
    expect(speakerMatches('Bass', 'Q')).toBe(false);
    expect(speakerMatches(null, 'INTERVIEWER')).toBeNull();
  });

  it('flags a quote given to someone else', () => {
    expect(speakerMatches('Kennedy', 'Franklin D. Roosevelt')).toBe(false);
    expect(speakerMatches('Karen Bass', 'Karen Holloway')).toBe(false);
  });

  it('cannot check pronouns, bare titles or missing names', () => {
    expect(speakerMatches(null, 'Karen Bass')).toBeNull();
    expect(speakerMatches('she', 'Karen Bass')).toBeNull();
    expect(speakerMatches('the mayor', 'Karen Bass')).toBeNull();
    expect(speakerMatches('Bass', null)).toBeNull();
    expect(nameWords('President Franklin D. Roosevelt Jr.')).toEqual(['franklin', 'd', 'roosevelt']);
  });
});
