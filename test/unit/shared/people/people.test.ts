// One name-matching module for suggestions, the quote check and `speaker:` search: who a name picks out, how a
// transcript label reads, and which labels are the interviewer.
import { describe, expect, it } from 'vitest';
import { displayLabel, isInterviewerLabel, nameQueryMatches, samePerson } from '../../../../shared/people';
import { foldedWordList } from '../../../../shared/search/words';

describe('samePerson', () => {
  it('takes a surname, a full name, a titled name and a transcript label for one person', () => {
    for (const a of ['Bass', 'Karen Bass', 'Mayor Karen Bass', 'Mayor Bass'])
      for (const b of ['BASS', 'KAREN BASS', 'Karen Bass', 'MAYOR BASS'])
        expect(samePerson(a, b), `${a} / ${b}`).toBe(true);
  });

  it('flags another person, and an interviewer turn credited to a source', () => {
    expect(samePerson('Bass', 'Karen Holloway')).toBe(false);
    expect(samePerson('Karen Bass', 'REPORTER')).toBe(false);
    expect(samePerson('Bass', 'Q')).toBe(false);
  });

  it('cannot check when the draft names nobody', () => {
    expect(samePerson(null, 'Karen Bass')).toBeNull();
    expect(samePerson('she', 'Karen Bass')).toBeNull();
    expect(samePerson(null, 'REPORTER')).toBeNull();
  });
});

describe('transcript labels', () => {
  it('show as written but never in capitals', () => {
    expect(displayLabel('KAREN BASS')).toBe('Karen Bass');
    expect(displayLabel('MAYOR BASS')).toBe('Mayor Bass');
    expect(displayLabel("CONAN O'BRIEN")).toBe("Conan O'Brien");
    expect(displayLabel('URSULA VON DER LEYEN')).toBe('Ursula von der Leyen');
    expect(displayLabel('MARTIN LUTHER KING III')).toBe('Martin Luther King III');
    expect(displayLabel('Karen Bass')).toBe('Karen Bass');
    expect(displayLabel('Q')).toBe('Q');
    expect(displayLabel('Speaker 2')).toBe('Speaker 2');
  });

  it("read all-caps labels as people write the names, Mc and O' prefixes included", () => {
    expect(displayLabel('JANE SMITH')).toBe('Jane Smith');
    expect(displayLabel("O'BRIEN")).toBe("O'Brien");
    expect(displayLabel('MCDONALD')).toBe('McDonald');
    expect(displayLabel('SEN. MARY MCKAY-MCDONALD')).toBe('Sen. Mary McKay-McDonald');
    expect(displayLabel('REPORTER')).toBe('Reporter');
    expect(displayLabel('MAYOR DE BLASIO')).toBe('Mayor de Blasio');
    expect(displayLabel('MCC')).toBe('Mcc');
    expect(displayLabel('Mcdonald')).toBe('Mcdonald');
  });

  it('keep matching the label as the transcript wrote it', () => {
    expect(samePerson('Jane McDonald', 'JANE MCDONALD')).toBe(true);
    expect(samePerson("Mr. O'Brien", "O'BRIEN")).toBe(true);
    expect(samePerson('Jane Smith', displayLabel('JANE SMITH'))).toBe(true);
    expect(samePerson('Jane Smith', 'REPORTER')).toBe(false);
    expect(nameQueryMatches(foldedWordList('mcdonald'), foldedWordList('JANE MCDONALD'))).toBe(true);
  });

  it('tell the interviewer from a source speaker', () => {
    for (const l of [
      'REPORTER',
      'Q',
      'QUESTION',
      'Interviewer',
      'MODERATOR',
      'Unidentified Reporter 2',
      'AUDIENCE MEMBER',
    ])
      expect(isInterviewerLabel(l), l).toBe(true);
    for (const l of ['A', 'Karen Bass', 'MAYOR BASS', 'Speaker 1', 'Queen Elizabeth'])
      expect(isInterviewerLabel(l), l).toBe(false);
  });
});

describe('the speaker: filter', () => {
  const hit = (query: string, name: string): boolean => nameQueryMatches(foldedWordList(query), foldedWordList(name));

  it('finds a person by surname, full name or titled name, whatever the label says', () => {
    for (const q of ['bass', 'Karen Bass', 'Mayor Karen Bass', 'karen ba'])
      for (const n of ['KAREN BASS', 'Karen Bass', 'Mayor Karen Bass']) expect(hit(q, n), `${q} / ${n}`).toBe(true);
    expect(hit('Karen Bass', 'BASS')).toBe(true);
    expect(hit('abraham linc', 'Abraham Lincoln')).toBe(true);
  });

  it('does not take one person for another', () => {
    expect(hit('Karen Bass', 'Karen Holloway')).toBe(false);
    expect(hit('karen', 'BASS')).toBe(false);
    expect(hit('bass', 'REPORTER')).toBe(false);
  });
});
