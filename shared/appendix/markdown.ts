// The appendix as CommonMark. Every piece of user text is escaped, so a claim holding `<script>` or `[a](b)` shows
// those characters instead of becoming markup.
import { formatWhenUtc } from '../text/format-when';
import {
  anchorStateNote,
  checkedLine,
  confidentialityLine,
  headerSummary,
  isLinkableUrl,
  quoteHeaderFacts,
  sourceFacts,
  speakerCheckLine,
} from './text';
import type { Appendix, AppendixClaim, AppendixLink, AppendixSource } from './types';

/** Escapes text for one line of Markdown: inline markup characters anywhere, block markers at the start. */
export function escapeMarkdownInline(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const escaped = flat.replace(/[\\`*_[\]<>&|~!]/g, (c) => `\\${c}`);
  return escaped.replace(
    /^(\s*)([#+\-=>]|\d+[.)])/,
    (_m, space: string, marker: string) => `${space}${marker.replace(/([#+\-=>.)])$/, '\\$1')}`,
  );
}

/** A block quote of user text, keeping its line breaks. */
function quoteBlock(text: string, indent = ''): string[] {
  const lines = text.split(/\r\n?|\n/);
  return lines.map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${escapeMarkdownInline(line)}`));
}

function urlText(url: string): string {
  return isLinkableUrl(url) ? `<${url}>` : escapeMarkdownInline(url);
}

function sourceLine(source: AppendixSource): string {
  const facts = sourceFacts(source).map(escapeMarkdownInline);
  const parts = [`*${escapeMarkdownInline(source.title)}*`, ...facts];
  if (source.url) parts.push(urlText(source.url));
  return parts.join(' · ');
}

function linkLines(link: AppendixLink, n: number): string[] {
  const pin = link.pinpoint ? ` · at ${escapeMarkdownInline(link.pinpoint)}` : '';
  const lines = [`${n}. **${link.relationLabel}** · source ${link.source.number}: ${sourceLine(link.source)}${pin}`];
  if (link.quotedText.trim()) lines.push('', ...quoteBlock(link.quotedText, '   '));
  if (link.note) lines.push('', `   Note: ${escapeMarkdownInline(link.note)}`);
  return lines;
}

function claimLines(claim: AppendixClaim): string[] {
  const lines = [
    `## Claim ${claim.number}: ${escapeMarkdownInline(claim.status.label)}`,
    '',
    ...quoteBlock(claim.excerpt),
    '',
  ];
  const blocks = claim.status.blocksPublication ? ' (blocks publication)' : '';
  lines.push(`- Status: ${escapeMarkdownInline(claim.status.label)}${blocks}`);
  lines.push(`- Kind: ${escapeMarkdownInline(claim.kindLabel)}`);
  if (claim.quoteCheck) {
    lines.push(`- Quote check: ${escapeMarkdownInline(claim.quoteCheck.verdictLabel)}`);
    lines.push(`- Speaker check: ${escapeMarkdownInline(speakerCheckLine(claim.quoteCheck))}`);
  }
  const where = anchorStateNote(claim.anchorState);
  if (where) lines.push(`- Draft: ${where}`);
  lines.push(`- ${escapeMarkdownInline(checkedLine(claim.checkedBy, claim.checkedAt))}`);
  if (claim.assignee) lines.push(`- Assigned to: ${escapeMarkdownInline(claim.assignee)}`);
  if (claim.notes && claim.notes.trim()) lines.push(`- Notes: ${escapeMarkdownInline(claim.notes)}`);
  lines.push('');
  if (claim.links.length === 0) {
    lines.push('No sources attached.', '');
  } else {
    lines.push('Sources:', '');
    claim.links.forEach((link, i) => lines.push(...linkLines(link, i + 1)));
    lines.push('');
  }
  return lines;
}

/** Writes the appendix as Markdown (CommonMark), ending with one newline. */
export function appendixToMarkdown(appendix: Appendix): string {
  const h = appendix.header;
  const lines: string[] = [`# Source appendix: ${escapeMarkdownInline(h.storyTitle)}`, ''];
  lines.push(
    `- Draft version: ${h.draftVersion === null ? 'none imported' : `${h.draftVersion} (imported ${formatWhenUtc(h.draftImportedAt)})`}`,
  );
  lines.push(`- Generated: ${formatWhenUtc(h.generatedAt)} by ${escapeMarkdownInline(h.generatedBy)}`);
  lines.push(`- Contents: ${headerSummary(h)}`);
  if (h.statusCounts.length > 0) {
    lines.push(`- By status: ${h.statusCounts.map((s) => `${escapeMarkdownInline(s.label)} ${s.count}`).join(', ')}`);
  }
  for (const [label, text] of quoteHeaderFacts(h)) lines.push(`- ${label}: ${escapeMarkdownInline(text)}`);
  lines.push(`- Confidential sources: ${confidentialityLine(h)}`, '');
  if (appendix.claims.length === 0) lines.push('This project has no claims yet.', '');
  for (const claim of appendix.claims) lines.push(...claimLines(claim));
  if (appendix.sources.length > 0) {
    lines.push('## Sources cited', '');
    for (const s of appendix.sources) lines.push(`${s.number}. ${sourceLine(s)}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
