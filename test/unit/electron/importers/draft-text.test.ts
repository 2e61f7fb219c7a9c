// Paragraph offsets of verbatim text and of joined blocks: CRLF, lone CR, blank lines of spaces, long lines.
import { describe, expect, it } from 'vitest';
import { joinBlocks, plainTextBlocks } from '../../../../electron/importers/draft-text';

describe('plainTextBlocks', () => {
  it('splits on blank lines whatever the line ending, without touching the text', () => {
    const text = '  Title  \r\n \t \r\nLine one\rline two\n\n\nLast';
    const slices = plainTextBlocks(text).map((b) => text.slice(b.start, b.end));
    expect(slices).toEqual(['Title', 'Line one\rline two', 'Last']);
  });

  it('finds one paragraph in a 10 MB single line in one pass', () => {
    const line = 'x'.repeat(10_000_000);
    expect(plainTextBlocks(line)).toEqual([{ kind: 'paragraph', start: 0, end: 10_000_000 }]);
  });
});

describe('joinBlocks', () => {
  it('joins with blank lines, drops empty blocks and splits blocks that hold blank lines', () => {
    expect(
      joinBlocks([
        { kind: 'heading', level: 2, text: ' Title ' },
        { kind: 'paragraph', text: '   ' },
        { kind: 'paragraph', text: 'One\n\nTwo' },
      ]),
    ).toEqual({
      text: 'Title\n\nOne\n\nTwo',
      blocks: [
        { kind: 'heading', level: 2, start: 0, end: 5 },
        { kind: 'paragraph', start: 7, end: 10 },
        { kind: 'paragraph', start: 12, end: 15 },
      ],
    });
  });
});
