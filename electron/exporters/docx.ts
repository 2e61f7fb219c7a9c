// The source appendix as a Word document (docx package): a title and header facts, one heading per numbered claim with
// its excerpt, status and who checked it, a numbered list of its sources, and the list of sources cited.
import { formatWhenUtc } from '../../shared/text/format-when';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';
import {
  anchorStateNote,
  checkedLine,
  confidentialityLine,
  headerSummary,
  isLinkableUrl,
  quoteHeaderFacts,
  sourceFacts,
  speakerCheckLine,
} from '../../shared/appendix/text';
import type { Appendix, AppendixClaim, AppendixLink, AppendixSource } from '../../shared/appendix/types';

const LINKS_LIST = 'factdesk-claim-sources';
const SOURCES_LIST = 'factdesk-sources-cited';
const MUTED = '5B6270';
const WARNING = 'A1121F';

/** Removes characters XML 1.0 cannot hold (control characters, lone surrogates), which would corrupt the file. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these characters are exactly what the function removes
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Text runs for user text, keeping its line breaks. */
function runs(text: string, style: { italics?: boolean; bold?: boolean; color?: string } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n?|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function sourceChildren(source: AppendixSource): ParagraphChild[] {
  const children: ParagraphChild[] = [...runs(source.title, { italics: true })];
  for (const fact of sourceFacts(source)) children.push(new TextRun({ text: ' · ' }), ...runs(fact));
  if (source.url) {
    children.push(new TextRun({ text: ' · ' }));
    children.push(
      isLinkableUrl(source.url)
        ? new ExternalHyperlink({
            link: source.url,
            children: [new TextRun({ text: xmlSafe(source.url), style: 'Hyperlink' })],
          })
        : new TextRun({ text: xmlSafe(source.url) }),
    );
  }
  return children;
}

function linkParagraphs(link: AppendixLink, claimNumber: number): Paragraph[] {
  const head: ParagraphChild[] = [
    new TextRun({ text: link.relationLabel, bold: true }),
    new TextRun({ text: ` · source ${link.source.number}: ` }),
    ...sourceChildren(link.source),
  ];
  if (link.pinpoint) head.push(new TextRun({ text: ' · at ' }), ...runs(link.pinpoint));
  const out = [
    new Paragraph({ children: head, numbering: { reference: LINKS_LIST, level: 0, instance: claimNumber } }),
  ];
  if (link.quotedText.trim()) {
    out.push(
      new Paragraph({ style: 'Quote', indent: { left: 720 }, children: runs(link.quotedText, { italics: true }) }),
    );
  }
  if (link.note)
    out.push(
      new Paragraph({
        indent: { left: 720 },
        children: [new TextRun({ text: 'Note: ', bold: true }), ...runs(link.note)],
      }),
    );
  return out;
}

function fact(label: string, value: string, color?: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, color: MUTED }), ...runs(value, color ? { color, bold: true } : {})],
  });
}

function claimParagraphs(claim: AppendixClaim): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(`Claim ${claim.number}: ${claim.status.label}`) }),
    new Paragraph({ style: 'IntenseQuote', children: runs(claim.excerpt) }),
    fact(
      'Status',
      `${claim.status.label}${claim.status.blocksPublication ? ' (blocks publication)' : ''}`,
      claim.status.blocksPublication ? WARNING : undefined,
    ),
    fact('Kind', claim.kindLabel),
  ];
  if (claim.quoteCheck) {
    out.push(fact('Quote check', claim.quoteCheck.verdictLabel));
    const unsure = claim.quoteCheck.speakerOutcome !== 'match';
    out.push(fact('Speaker check', speakerCheckLine(claim.quoteCheck), unsure ? WARNING : undefined));
  }
  const where = anchorStateNote(claim.anchorState);
  if (where) out.push(fact('Draft', where));
  out.push(new Paragraph({ children: runs(checkedLine(claim.checkedBy, claim.checkedAt), { color: MUTED }) }));
  if (claim.assignee) out.push(fact('Assigned to', claim.assignee));
  if (claim.notes && claim.notes.trim()) out.push(fact('Notes', claim.notes));
  if (claim.links.length === 0) {
    out.push(new Paragraph({ children: [new TextRun({ text: 'No sources attached.', italics: true })] }));
  } else {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Sources')] }));
    for (const link of claim.links) out.push(...linkParagraphs(link, claim.number));
  }
  return out;
}

function headerParagraphs(appendix: Appendix): Paragraph[] {
  const h = appendix.header;
  const out = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(`Source appendix: ${h.storyTitle}`) }),
    fact(
      'Draft version',
      h.draftVersion === null ? 'none imported' : `${h.draftVersion} (imported ${formatWhenUtc(h.draftImportedAt)})`,
    ),
    fact('Generated', `${formatWhenUtc(h.generatedAt)} by ${h.generatedBy}`),
    fact('Contents', headerSummary(h)),
  ];
  if (h.statusCounts.length > 0)
    out.push(fact('By status', h.statusCounts.map((s) => `${s.label} ${s.count}`).join(', ')));
  for (const [label, text] of quoteHeaderFacts(h)) out.push(fact(label, text));
  out.push(fact('Confidential sources', confidentialityLine(h), h.includesConfidential ? WARNING : undefined));
  return out;
}

/** Writes the appendix as a .docx file and returns its bytes. */
export async function appendixToDocx(appendix: Appendix): Promise<Uint8Array> {
  const children: Paragraph[] = [...headerParagraphs(appendix)];
  if (appendix.claims.length === 0)
    children.push(new Paragraph({ children: [new TextRun('This project has no claims yet.')] }));
  for (const claim of appendix.claims) children.push(...claimParagraphs(claim));
  if (appendix.sources.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Sources cited')] }));
    for (const source of appendix.sources) {
      children.push(
        new Paragraph({ children: sourceChildren(source), numbering: { reference: SOURCES_LIST, level: 0 } }),
      );
    }
  }
  const level = {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } },
  };
  const doc = new Document({
    creator: xmlSafe(appendix.header.generatedBy) || 'Factdesk',
    title: xmlSafe(`Source appendix: ${appendix.header.storyTitle}`),
    description: 'Source appendix exported from Factdesk',
    numbering: {
      config: [
        { reference: LINKS_LIST, levels: [level] },
        { reference: SOURCES_LIST, levels: [level] },
      ],
    },
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
