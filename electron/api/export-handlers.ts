// Handlers for the source appendix: a preview for the export dialog, the save dialog, and writing each format
// (Markdown, HTML, DOCX, PDF, CSV, JSON with its schema, ClaimReview JSON-LD). Confidential sources are redacted
// unless the user includes them.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportFormat } from '../../shared/api/contract';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { Appendix } from '../../shared/appendix/types';
import { buildClaimReviews, claimReviewsToJsonLd } from '../../shared/appendix/claim-review';
import { verdictStatusLabels } from '../../shared/appendix/public-verdict';
import { appendixToCsv } from '../../shared/appendix/csv';
import { storySlug } from '../../shared/appendix/file-name';
import { appendixToHtml } from '../../shared/appendix/html';
import { appendixToJson } from '../../shared/appendix/json';
import { appendixToMarkdown } from '../../shared/appendix/markdown';
import { buildAppendix } from '../../shared/appendix/model';
import schema from '../../shared/appendix/appendix.schema.json';
import { appendixToDocx } from '../exporters/docx';
import { findChromium } from '../exporters/find-chromium';
import { htmlToPdf } from '../exporters/pdf';
import { writeFileDurable } from '../storage/durable-write';
import { ioError } from '../storage/project-file';
import { checkExportedFile } from './export-file';
import { SCHEMA_FILE_NAME, checkExportTarget, checkSchemaFile } from './export-target';
import type { HandlerContext, Impl } from './handler-context';

type ExportMethods = 'previewAppendix' | 'pickSavePath' | 'exportAppendix' | 'openExportedFile';

const EXTENSIONS: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  docx: 'docx',
  pdf: 'pdf',
  csv: 'csv',
  json: 'json',
  claimreview: 'jsonld',
};

/**
 * The appendix handlers. `checkQuotes` is the quote check: each quote claim's verdict and speaker outcome (match,
 * mismatch, unknown) goes into the appendix with its reason, and the header counts every direct quote of the draft.
 */
export function exportMethods(
  ctx: HandlerContext,
  checkQuotes: Impl<'checkQuotes'>['checkQuotes'],
): Impl<ExportMethods> {
  async function appendixFor(
    projectId: string,
    includeConfidential: boolean,
    includeNotes: boolean,
  ): Promise<Result<Appendix>> {
    const session = ctx.session(projectId);
    if (!session.ok) return session;
    const rows = await checkQuotes({ projectId });
    if (!rows.ok) return rows;
    // Every direct quote, marked as a claim or not: the header counts them as the Quote check panel does.
    const quoteChecks = rows.value.map((r) => ({
      claimId: r.claimId,
      verdict: r.verdict,
      speakerMatch: r.speakerMatch,
      speakerReason: r.speakerReason,
      sourceId: r.source?.sourceId ?? null,
    }));
    return ok(
      buildAppendix(session.value.doc, {
        includeConfidential,
        includeNotes,
        now: ctx.deps.now(),
        generatedBy: await ctx.userName(),
        quoteChecks,
      }),
    );
  }

  return {
    previewAppendix: async ({ projectId, includeConfidential, includeNotes }) =>
      appendixFor(projectId, includeConfidential, includeNotes),
    openExportedFile: async ({ path }) => {
      const shell = ctx.deps.shell;
      if (!shell?.openPath) return fail('no-native-dialog', 'This window cannot open files.');
      const folders = [...ctx.sessions.values()].map((s) => s.paths.folder);
      const file = await checkExportedFile(path, folders, ctx.exported);
      return file.ok ? shell.openPath(file.value) : file;
    },
    pickSavePath: async ({ defaultPath, format }) => {
      if (!ctx.deps.dialogs)
        return fail(
          'no-native-dialog',
          'This window cannot show a save dialog: the export goes to the project folder.',
        );
      const picked = await ctx.deps.dialogs.pickSavePath(defaultPath, EXTENSIONS[format]);
      if (!picked) return fail('cancelled', 'The export was cancelled.');
      return ok({ path: picked });
    },
    exportAppendix: async ({ projectId, format, includeConfidential, includeNotes, path, overwrite, claimReview }) => {
      const opened = ctx.session(projectId);
      if (!opened.ok) return opened;
      const session = opened.value;
      const built = await appendixFor(projectId, includeConfidential, includeNotes);
      if (!built.ok) return built;
      const appendix = built.value;
      const version = appendix.header.draftVersion ?? 0;
      const target =
        path ??
        join(
          session.paths.folder,
          'exports',
          `${storySlug(session.doc.title)}-appendix-v${version}.${EXTENSIONS[format]}`,
        );
      const allowed = await checkExportTarget(target, session.paths.folder, { overwrite: overwrite === true });
      if (!allowed.ok) return allowed;
      const schemaText = `${JSON.stringify(schema, null, 2)}\n`;
      const schemaCheck = format === 'json' ? await checkSchemaFile(target, schemaText) : ok('same' as const);
      if (!schemaCheck.ok) return schemaCheck;
      const schemaFile = schemaCheck.value;
      let warnings: string[] = [];
      let empty: string | null = null;
      let bytes: Uint8Array | string;
      switch (format) {
        case 'md':
          bytes = appendixToMarkdown(appendix);
          break;
        case 'html':
          bytes = appendixToHtml(appendix);
          break;
        case 'csv':
          bytes = appendixToCsv(appendix);
          break;
        case 'json':
          bytes = appendixToJson(appendix);
          break;
        case 'docx':
          bytes = await appendixToDocx(appendix);
          break;
        case 'pdf': {
          const html = appendixToHtml(appendix);
          if (ctx.deps.renderPdf) {
            bytes = await ctx.deps.renderPdf(html);
            break;
          }
          const chromium = findChromium();
          if (!chromium.ok) return chromium;
          const printed = await htmlToPdf(html, { chromiumPath: chromium.value });
          if (!printed.ok) return printed;
          bytes = printed.value;
          break;
        }
        case 'claimreview': {
          const outcome = buildClaimReviews(
            appendix,
            {
              ...(claimReview?.url ? { url: claimReview.url } : {}),
              ...(claimReview?.publisher ? { publisher: claimReview.publisher } : {}),
            },
            verdictStatusLabels(session.doc.settings.statuses),
          );
          warnings = outcome.warnings;
          empty = outcome.empty;
          bytes = claimReviewsToJsonLd(outcome.reviews);
          break;
        }
      }
      try {
        await fs.mkdir(dirname(target), { recursive: true });
        await writeFileDurable(target, bytes);
        if (schemaFile === 'write') await writeFileDurable(join(dirname(target), SCHEMA_FILE_NAME), schemaText);
      } catch (error) {
        return ioError(error, target, 'save');
      }
      ctx.exported.add(target);
      const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      const recorded = await ctx.record(projectId, 'export.appendix', {
        format,
        includeConfidential,
        includeNotes,
        file: target,
      });
      if (!recorded.ok) return recorded;
      const view = ctx.changed(projectId);
      if (!view.ok) return view;
      return ok({ path: target, bytes: size, warnings, ...(empty ? { empty } : {}) });
    },
  };
}
