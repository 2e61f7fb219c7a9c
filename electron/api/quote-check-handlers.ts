// The quote check: every direct quote of the draft (suggested or marked) against all sources of the project and the
// personal library, with its verdict, diff, speaker check and context. The index is kept while the sources stay.
import { stat, readFile } from 'node:fs/promises';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { suggestClaims } from '../../shared/detect';
import { currentDraft } from '../../shared/model/project';
import type { ProjectDoc } from '../../shared/model/project';
import { buildQuoteIndex, checkDraftQuotes, checkQuote, checkedQuote } from '../../shared/verify';
import type { DraftSpan, QuoteIndex, CheckedQuote } from '../../shared/verify';
import { importDraftFile } from '../importers/import-draft';
import { parseSource } from '../importers/sources/parse-source';
import type { HandlerContext, Impl } from './handler-context';
import type { SearchCorpus } from './search-handlers';

/** The draft's direct quotes: suggested ones and claims of kind quote, each span once, in draft order. */
export function draftQuoteSpans(doc: ProjectDoc): DraftSpan[] {
  const draft = currentDraft(doc);
  if (!draft) return [];
  const suggested = suggestClaims(draft.text).filter((s) => s.kind === 'quote');
  const spans = new Map<string, DraftSpan>();
  for (const s of suggested)
    spans.set(`${s.start}:${s.end}`, {
      text: s.text,
      start: s.start,
      end: s.end,
      kind: 'quote',
      speaker: s.speaker,
      speakerKind: s.speakerKind,
    });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  for (const c of doc.claims) {
    if (c.kind !== 'quote' || c.anchor.state === 'orphaned') continue;
    // A claim over a suggested quote (with or without its quotation marks) is that quote, checked once.
    if (suggested.some((s) => overlaps(s, c.anchor))) continue;
    const key = `${c.anchor.start}:${c.anchor.end}`;
    if (!spans.has(key))
      spans.set(key, { text: c.anchor.exact, start: c.anchor.start, end: c.anchor.end, kind: 'quote', speaker: null });
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every direct quote of a draft file against source files, without a project: nothing is opened or written. */
export async function checkQuoteFiles(
  draftPath: string,
  sourcePaths: readonly string[],
): Promise<Result<CheckedQuote[]>> {
  const draft = await importDraftFile(draftPath);
  if (!draft.ok) return draft;
  const sources = [];
  for (const [i, file] of sourcePaths.entries()) {
    const found = await stat(file).catch(() => null);
    if (!found) return fail('not-found', `${file} does not exist.`);
    if (!found.isFile()) return fail('invalid-input', `${file} is a folder, not a file.`);
    const read = await parseSource({ bytes: await readFile(file), fileName: file });
    if (!read.ok) return read;
    const parsed = read.value;
    const sourceId = `source-${i + 1}`;
    sources.push({
      sourceId,
      title: parsed.suggestedTitle,
      type: parsed.suggestedType,
      passages: parsed.passages.map((p) => ({ ...p, id: `${sourceId}:${p.index}`, sourceId })),
    });
  }
  const spans = suggestClaims(draft.value.text).filter((s) => s.kind === 'quote');
  return ok(checkDraftQuotes(buildQuoteIndex(sources), spans).quotes);
}

export function quoteCheckMethods(ctx: HandlerContext, corpus: SearchCorpus): Impl<'checkQuotes' | 'checkQuoteFiles'> {
  let cached: { key: string; index: QuoteIndex; libraries: Map<string, 'project' | 'personal'> } | null = null;

  async function index(projectId: string): Promise<Result<NonNullable<typeof cached>>> {
    const current = await corpus.key(projectId);
    if (!current.ok) return current;
    if (cached && cached.key === current.value) return ok(cached);
    const corpusNow = await corpus.sources(projectId);
    if (!corpusNow.ok) return corpusNow;
    const { key, sources } = corpusNow.value;
    const verifySources = sources.map(({ source, passages }) => ({
      sourceId: source.id,
      title: source.title,
      type: source.type,
      passages,
    }));
    cached = {
      key,
      index: buildQuoteIndex(verifySources),
      libraries: new Map(sources.map((s) => [s.source.id, s.library])),
    };
    return ok(cached);
  }

  return {
    checkQuotes: async ({ projectId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const { doc } = session.value;
      const indexed = await index(projectId);
      if (!indexed.ok) return indexed;
      const { index: quoteIndex, libraries } = indexed.value;
      const quotes = draftQuoteSpans(doc).map((span) => {
        const check = checkQuote(quoteIndex, {
          text: span.text,
          attributedTo: span.speaker,
          speakerKind: span.speakerKind ?? null,
        });
        // The claim marking this quote: the same span, or (marked without its quotation marks) one inside it.
        const claim =
          doc.claims.find(
            (c) => c.anchor.state !== 'orphaned' && c.anchor.start === span.start && c.anchor.end === span.end,
          ) ??
          doc.claims.find(
            (c) =>
              c.kind === 'quote' &&
              c.anchor.state !== 'orphaned' &&
              c.anchor.start < span.end &&
              span.start < c.anchor.end,
          );
        return checkedQuote(span, check, {
          libraryOf: (sourceId) => libraries.get(sourceId) ?? 'project',
          claimId: claim?.id ?? null,
        });
      });
      return ok(quotes);
    },
    checkQuoteFiles: async ({ draft, sources }) => checkQuoteFiles(draft, sources),
  };
}
