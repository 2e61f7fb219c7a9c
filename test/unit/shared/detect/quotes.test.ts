// Quote pairing: every quote style, nesting, apostrophes, several paragraphs, CRLF, RTL and emoji.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../shared/detect/quotes';

const texts = (t: string): string[] => findQuotes(t).map((q) => t.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly, straight, French, German, Swedish and CJK marks', () => {
    expect(texts('“One,” "two," ‘three four,’ « cinq », „sechs“ »sieben« ”åtta” 「九」')).toEqual([
      '“One,”',
      '"two,"',
      '‘three four,’',
      '« cinq »',
      '„sechs“',
      '»sieben«',
      '”åtta”',
      '「九」',
    ]);
  });

  it('keeps nested single quotes inside the double quote', () => {
    const t = '“He told us: ‘You can’t stay,’ and left,” she said.';
    expect(texts(t)).toEqual(['“He told us: ‘You can’t stay,’ and left,”']);
    expect(texts(`"Every merger was sold as 'growth,' and ended badly," said Kim.`)).toEqual([
      `"Every merger was sold as 'growth,' and ended badly,"`,
    ]);
  });

  it('keeps nested double quotes inside a single quote, and the closing mark after them', () => {
    expect(texts('‘His reaction was “Are you sure?”’ she said.')).toEqual(['‘His reaction was “Are you sure?”’']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(texts("The residents’ group didn’t say. In the ’90s, rock ’n’ roll and Jones' car and the '90s.")).toEqual(
      [],
    );
    expect(texts('‘That’s the most exciting part,’ she said.')).toEqual(['‘That’s the most exciting part,’']);
    expect(texts("'We're done,' she said.")).toEqual(["'We're done,'"]);
  });

  it('runs a quote over paragraphs that reopen it, in LF and CRLF drafts', () => {
    for (const nl of ['\n', '\r\n']) {
      const t = `“First part.${nl}${nl}“Second part.${nl}${nl}“Last part.” Then prose.`;
      const [q] = findQuotes(t);
      expect(q && t.slice(q.start, q.end)).toBe(`“First part.${nl}${nl}“Second part.${nl}${nl}“Last part.”`);
      expect(q?.paragraphs).toBe(3);
      expect(q?.closed).toBe(true);
    }
    const straight = '"Hillcrest is full.\r\n\r\n"But we heard you." Prose.';
    expect(texts(straight)).toEqual(['"Hillcrest is full.\r\n\r\n"But we heard you."']);
  });

  it('ends a quote whose closing mark is missing at the end of its paragraph', () => {
    const [q] = findQuotes('“We will rebuild\n\nThe council met.');
    expect(q).toMatchObject({ start: 0, end: 16, closed: false });
  });

  it('leaves out quoted titles and inch marks', () => {
    expect(texts('A report titled “Housing First” found gains. The pipe was 6" wide and 8" long.')).toEqual([]);
  });

  it('finds quotes in RTL text and around emoji, with UTF-16 offsets', () => {
    const arabic = 'قال الرئيس «سنعيد البناء» يوم الثلاثاء.';
    expect(texts(arabic)).toEqual(['«سنعيد البناء»']);
    const hebrew = '\u200Fהוא אמר "נבנה מחדש" אתמול.';
    expect(texts(hebrew)).toEqual(['"נבנה מחדש"']);
    const emoji = '🏆 “Finally 🐴❤️ done,” they wrote.';
    const [q] = findQuotes(emoji);
    expect(q?.start).toBe(3);
    expect(emoji.slice(q?.start, q?.end)).toBe('“Finally 🐴❤️ done,”');
  });
});
