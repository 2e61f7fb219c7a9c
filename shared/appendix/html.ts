// The appendix as one self-contained HTML file: inline print CSS, no scripts, nothing loaded from anywhere (a
// Content-Security-Policy meta tag says so to the browser too). Every piece of user text is escaped.
import { formatWhenUtc } from '../text/format-when';
import { APPENDIX_CSS } from './html-style';
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

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

function urlHtml(url: string): string {
  const text = escapeHtml(url);
  return isLinkableUrl(url)
    ? `<a class="url" href="${text}" rel="noreferrer noopener">${text}</a>`
    : `<span class="url">${text}</span>`;
}

function sourceHtml(source: AppendixSource): string {
  const parts = [`<cite>${escapeHtml(source.title)}</cite>`, ...sourceFacts(source).map(escapeHtml)];
  if (source.url) parts.push(urlHtml(source.url));
  return parts.join(' · ');
}

function linkHtml(link: AppendixLink): string {
  const out = [
    `<li><span class="relation relation-${link.relation}">${escapeHtml(link.relationLabel)}</span> `,
    `<span class="source-ref">source ${link.source.number}:</span> ${sourceHtml(link.source)}`,
  ];
  if (link.pinpoint) out.push(` · at ${escapeHtml(link.pinpoint)}`);
  if (link.quotedText.trim()) out.push(`\n<blockquote>${escapeHtml(link.quotedText)}</blockquote>`);
  if (link.note) out.push(`\n<p class="note">Note: ${escapeHtml(link.note)}</p>`);
  out.push('</li>');
  return out.join('');
}

function statusStyle(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? ` style="--status: ${color}"` : '';
}

function claimHtml(claim: AppendixClaim): string {
  const facts = [
    `<li>Kind: ${escapeHtml(claim.kindLabel)}</li>`,
    ...(claim.quoteCheck
      ? [
          `<li>Quote check: ${escapeHtml(claim.quoteCheck.verdictLabel)}</li>`,
          `<li class="speaker-${claim.quoteCheck.speakerOutcome}">Speaker check: ${escapeHtml(speakerCheckLine(claim.quoteCheck))}</li>`,
        ]
      : []),
    `<li>${escapeHtml(checkedLine(claim.checkedBy, claim.checkedAt))}</li>`,
  ];
  const where = anchorStateNote(claim.anchorState);
  if (where) facts.push(`<li>Draft: ${escapeHtml(where)}</li>`);
  if (claim.assignee) facts.push(`<li>Assigned to: ${escapeHtml(claim.assignee)}</li>`);
  if (claim.notes && claim.notes.trim()) facts.push(`<li>Notes: ${escapeHtml(claim.notes)}</li>`);
  const blocking = claim.status.blocksPublication ? ' <span class="blocking">Blocks publication</span>' : '';
  const links =
    claim.links.length === 0
      ? '<p>No sources attached.</p>'
      : `<h3>Sources</h3>\n<ol class="links">\n${claim.links.map(linkHtml).join('\n')}\n</ol>`;
  return [
    `<section class="claim" id="claim-${claim.number}">`,
    `<div class="claim-head"><h2>Claim ${claim.number}</h2> <span class="status"${statusStyle(claim.status.color)}>${escapeHtml(claim.status.label)}</span>${blocking}</div>`,
    `<blockquote class="excerpt">${escapeHtml(claim.excerpt)}</blockquote>`,
    `<ul class="facts">${facts.join('')}</ul>`,
    links,
    '</section>',
  ].join('\n');
}

function headerHtml(appendix: Appendix): string {
  const h = appendix.header;
  const draft =
    h.draftVersion === null ? 'none imported' : `${h.draftVersion} (imported ${formatWhenUtc(h.draftImportedAt)})`;
  const rows: [string, string][] = [
    ['Draft version', escapeHtml(draft)],
    ['Generated', `${escapeHtml(formatWhenUtc(h.generatedAt))} by ${escapeHtml(h.generatedBy)}`],
    ['Contents', escapeHtml(headerSummary(h))],
  ];
  if (h.statusCounts.length > 0) {
    rows.push(['By status', h.statusCounts.map((s) => `${escapeHtml(s.label)} ${s.count}`).join(', ')]);
  }
  for (const [label, text] of quoteHeaderFacts(h)) rows.push([label, escapeHtml(text)]);
  const conf = escapeHtml(confidentialityLine(h));
  rows.push(['Confidential sources', h.includesConfidential ? `<span class="warning">${conf}</span>` : conf]);
  const dl = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n');
  return `<header>\n<h1>Source appendix: ${escapeHtml(h.storyTitle)}</h1>\n<div class="meta"><dl>\n${dl}\n</dl></div>\n</header>`;
}

/** Writes the appendix as one self-contained, printable HTML document. */
export function appendixToHtml(appendix: Appendix): string {
  const body = [headerHtml(appendix), '<main>'];
  if (appendix.claims.length === 0) body.push('<p>This project has no claims yet.</p>');
  for (const claim of appendix.claims) body.push(claimHtml(claim));
  body.push('</main>');
  if (appendix.sources.length > 0) {
    const items = appendix.sources.map((s) => `<li value="${s.number}">${sourceHtml(s)}</li>`).join('\n');
    body.push(`<section class="sources">\n<h2>Sources cited</h2>\n<ol>\n${items}\n</ol>\n</section>`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Factdesk">`,
    `<title>Source appendix: ${escapeHtml(appendix.header.storyTitle)}</title>`,
    `<style>${APPENDIX_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
