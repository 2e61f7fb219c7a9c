// The style sheet inlined into the HTML appendix: readable on screen, tidy on paper (A4 or Letter), no web fonts,
// no images, nothing fetched.
export const APPENDIX_CSS = `
:root { color-scheme: light; --ink: #1c1e21; --muted: #5b6270; --rule: #d7dbe0; --quote: #f4f6f8; }
* { box-sizing: border-box; }
html { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; padding: 24px; max-width: 46em; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; margin: 0 0 0.4em; }
h2 { font-size: 1.2em; margin: 0; }
h3 { font-size: 1em; margin: 1em 0 0.4em; }
.meta { margin: 0 0 1.5em; padding: 0.6em 0.9em; border: 1px solid var(--rule); border-radius: 4px; }
.meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.warning { font-weight: bold; color: #a1121f; }
.claim { border-top: 1px solid var(--rule); padding: 1em 0; }
.claim-head { display: flex; gap: 0.6em; align-items: baseline; flex-wrap: wrap; }
.status { display: inline-block; padding: 0 0.5em; border-radius: 3px; border-left: 6px solid var(--status, #8a8f98);
  background: var(--quote); font-family: system-ui, sans-serif; font-size: 0.9em; }
.blocking { font-family: system-ui, sans-serif; font-size: 0.85em; color: #a1121f; }
blockquote { margin: 0.5em 0; padding: 0.4em 0.9em; background: var(--quote); border-left: 3px solid var(--rule);
  white-space: pre-wrap; }
.facts { margin: 0.3em 0; padding: 0; list-style: none; color: var(--muted); font-size: 0.92em; }
.facts .speaker-mismatch, .facts .speaker-unknown { font-weight: bold; color: var(--ink); }
.links { padding-left: 1.4em; }
.links li { margin: 0.6em 0; }
.relation { font-family: system-ui, sans-serif; font-size: 0.85em; font-weight: bold; text-transform: uppercase;
  letter-spacing: 0.03em; }
.relation-contradicts { color: #a1121f; }
.relation-supports { color: #17663a; }
.note { font-style: italic; }
a { color: #1a4fa3; }
@page { size: auto; margin: 18mm 16mm; }
@media print {
  html { font-size: 10.5pt; }
  body { padding: 0; max-width: none; }
  h2, h3, .claim-head, .excerpt { break-after: avoid; }
  blockquote, .facts, .links li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .url::after { content: none; }
}
`;
