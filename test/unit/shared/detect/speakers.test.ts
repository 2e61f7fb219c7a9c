// Speakers of quotes: "said Bass", "Bass said", titles, "according to", pronouns, shared and carried attributions.
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/detect/suggest';

const speakers = (t: string): (string | null)[] =>
  suggestClaims(t)
    .filter((s) => s.kind === 'quote')
    .map((s) => s.speaker);

describe('quote speakers', () => {
  it('reads the attribution after the quote, either way round, with titles removed', () => {
    expect(speakers('“We will rebuild,” said Bass.')).toEqual(['Bass']);
    expect(speakers('“We will rebuild,” Bass said.')).toEqual(['Bass']);
    expect(speakers('“We will rebuild,” Mayor Karen Bass said Tuesday.')).toEqual(['Karen Bass']);
    expect(speakers('“We will rebuild,” said Mayor Karen Bass, who took office in 2022.')).toEqual(['Karen Bass']);
    expect(speakers('“No comment,” Homan told reporters.')).toEqual(['Homan']);
    expect(speakers('“It is over,” Whitcombe wrote in an email.')).toEqual(['Whitcombe']);
    expect(speakers('“Rates will rise,” according to the Federal Reserve.')).toEqual(['the Federal Reserve']);
  });

  it('reads the attribution earlier in the sentence', () => {
    expect(speakers('Bass said: “We will rebuild.”')).toEqual(['Bass']);
    expect(speakers('Councilmember Luis Ortega, who voted no, said the city was “borrowing from next year.”')).toEqual([
      'Luis Ortega',
    ]);
    expect(speakers('According to Bass, “the money is there.”')).toEqual(['Bass']);
  });

  it('resolves he and she to the last person named before them, and gives null when no one is', () => {
    expect(speakers('Dr. Samuel Okafor spoke first. “Knock on doors,” he said.')).toEqual(['Samuel Okafor']);
    expect(
      speakers(
        'Judge Marcus Bell ruled. Tolliver said the county would appeal. Bell also wrote that it was “likely to succeed.”',
      ),
    ).toEqual(['Marcus Bell']);
    expect(speakers('“Leave now,” she said.')).toEqual([null]);
  });

  it('shares an attribution between the quotes around it and carries it into the next paragraph', () => {
    expect(speakers('“We closed the gap,” Holloway said. “Nobody thought we could.”')).toEqual([
      'Holloway',
      'Holloway',
    ]);
    expect(speakers('“We will win,” Bass said, “and we will rebuild.”')).toEqual(['Bass', 'Bass']);
    expect(speakers('“I grew up here,” Kessler wrote in a letter.\n\n“We looked at every option.”')).toEqual([
      'Kessler',
      'Kessler',
    ]);
  });

  it('gives null for a source that names no one, and an organisation as written for a document quote', () => {
    expect(speakers('“We are reviewing it,” a spokesperson said.')).toEqual([null]);
    expect(speakers('“We are reviewing it,” the department said.')).toEqual(['the department']);
    expect(speakers('The union called the cuts « a false economy ».')).toEqual(['the union']);
  });

  it('says how the speaker was found in the reason', () => {
    const [a, b] = suggestClaims('Sheriff Dana Whitaker spoke. “Leave now,” she said. “Go.”').filter(
      (s) => s.kind === 'quote',
    );
    expect(a?.reason).toBe("Direct quote attributed to Dana Whitaker (the draft says 'she')");
    expect(b?.reason).toBe('Direct quote attributed to Dana Whitaker (continues the quote before it)');
  });
});
