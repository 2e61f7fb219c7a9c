// HTML to draft blocks: structure kept, scripts and other non-text dropped, entities decoded, nothing fetched.
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importDraft } from '../../../../electron/importers/import-draft';
import { htmlToBlocks } from '../../../../electron/importers/html-to-text';

const FIXTURES = join(__dirname, '../../../fixtures/importers');

describe('htmlToBlocks', () => {
  it('keeps headings, paragraphs, list items and rows, and drops scripts, styles, templates and hidden text', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const result = await importDraft({ bytes: readFileSync(join(FIXTURES, 'page.html')), fileName: 'page.html' });
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
    if (!result.ok) throw new Error(result.error.message);
    const { text, blocks } = result.value;
    expect(blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : 'p'}: ${text.slice(b.start, b.end)}`)).toEqual([
      'h1: Council budget',
      'p: The mayor said the vote is expected to pass “without trouble” & on time.',
      'p: First line\nsecond line',
      'h2: Numbers',
      'p: Spending rises 4.5%.',
      'p: Turnout was 38\u00a0percent.',
      'p: Year\tBudget',
      'p: 2024\t$11.5m',
      'p: A quoted line.',
      'p: A link stays as text.',
    ]);
    expect(text).not.toMatch(/never|Template|Hidden|Enable scripts|Page title|Iframe/);
    expect(result.value.warnings).toEqual(['One image in page.html was left out: Factdesk imports the text only.']);
  });

  it('never produces markup from hostile input', () => {
    const { blocks } = htmlToBlocks(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><svg><script>alert(2)</script></svg><p>ok</p>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
      { kind: 'paragraph', text: 'ok' },
    ]);
  });

  it('collapses whitespace like a browser, or keeps it for Word text', () => {
    expect(htmlToBlocks('<p>  a \n  b  </p>').blocks).toEqual([{ kind: 'paragraph', text: 'a b ' }]);
    expect(htmlToBlocks('<p>a  b\tc</p>', { preserveSpaces: true }).blocks).toEqual([
      { kind: 'paragraph', text: 'a  b\tc' },
    ]);
  });
});
