// Markdown drafts: headings (ATX and setext), paragraphs, list items, quotes and tables as blocks; inline markup
// reduced to its text; raw HTML reduced to text and never rendered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../../../../electron/importers/draft-text';
import { markdownToBlocks } from '../../../../electron/importers/markdown';
import { reduceInline } from '../../../../electron/importers/markdown-inline';

const FIXTURES = join(__dirname, '../../../fixtures/importers');

describe('markdownToBlocks', () => {
  it('turns the fixture draft into headings and paragraphs', () => {
    const md = markdownToBlocks(readFileSync(join(FIXTURES, 'draft.md'), 'utf8'));
    expect(md.skippedFrontMatter).toBe(true);
    expect(md.images).toBe(1);
    expect(md.blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : 'p'}: ${b.text}`)).toEqual([
      'h1: Council budget draft',
      'p: The mayor said the vote is expected to pass without trouble. It was reported by the council on Tuesday.',
      'h2: Setext heading',
      'p: Spending rises 4.5% to $12 million.',
      'p: Turnout was 38 percent, a record for the district.',
      'p: 1. First numbered point.',
      'p: 2) Second numbered point.',
      'p: A quoted line from the minutes that continues here.',
      'p: Year\tBudget',
      'p: 2024\t$11.5m',
      'p: Raw HTML becomes text.',
      'p: Escaped *stars* stay, 3 * 4 = 12, snake_case_name stays, AT&T too. Hard break here\nnext line; see the minutes.',
      'p: code block line one\n  indented line two',
      'p: 2024. That year stays a paragraph.',
    ]);
  });

  it('handles CRLF line endings like LF', () => {
    const lf = markdownToBlocks('# Title\n\nOne\ntwo\n');
    const crlf = markdownToBlocks('# Title\r\n\r\nOne\r\ntwo\r\n');
    expect(crlf.blocks).toEqual(lf.blocks);
    expect(joinBlocks(crlf.blocks)).toEqual({
      text: 'Title\n\nOne two',
      blocks: [
        { kind: 'heading', level: 1, start: 0, end: 5 },
        { kind: 'paragraph', start: 7, end: 14 },
      ],
    });
  });

  it('never keeps a script or an event handler from raw HTML', () => {
    const md = markdownToBlocks(
      '<img src=x onerror="alert(1)">\n\n<script>alert(2)</script>\n\nText <b onclick="x()">bold</b>.',
    );
    const text = joinBlocks(md.blocks).text;
    expect(text).toBe('Text bold.');
  });
});

describe('reduceInline', () => {
  it('reduces emphasis, links, code and entities to their text', () => {
    expect(reduceInline('**bold** and *it* and ~~gone~~ and `a*b*c`')).toBe('bold and it and gone and a*b*c');
    expect(reduceInline('[the minutes](https://example.org "t") and <https://example.org/x>')).toBe(
      'the minutes and https://example.org/x',
    );
    expect(reduceInline('&ldquo;quoted&rdquo; &amp; &#x41;')).toBe('“quoted” & A');
    expect(reduceInline('2 * 3 * 4, file_name_here, ~300 people')).toBe('2 * 3 * 4, file_name_here, ~300 people');
  });

  it('stays linear on a long line full of unmatched markers', () => {
    // 340 KB: a pass that went back over the line for each marker would take minutes here, far past the timeout.
    const line = 'a [b *c _d <e &f '.repeat(20_000);
    expect(reduceInline(line) === line).toBe(true);
  });
});
