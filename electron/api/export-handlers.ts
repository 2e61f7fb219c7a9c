// Handlers for the source appendix: a preview for the export dialog, the save dialog, and writing each format
// (Markdown, HTML, DOCX, PDF, CSV, JSON with its schema, ClaimReview JSON-LD). Confidential sources are redacted
// unless the user includes them.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportFormat } from '../../shared/api/contract';
import { FactdeskError, valueOf } from '../../shared/api/result';
import { buildClaimReviews, claimReviewsToJsonLd } from '../../shared/appendix/claim-review';
import { verdictStatusLabels } from '../../shared/appendix/public-verdict';
import { appendixToCsv } from '../../shared/appendix/csv';
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

/** A file-name-safe version of the story title. */
function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'story'
  );
}

/**
 * The appendix handlers. `checkQuotes` is the quote check: each quote claim's verdict and speaker outcome (match,
 * mismatch, unknown) goes into the appendix with its reason.
 */
export function exportMethods(
  ctx: HandlerContext,
  checkQuotes: Impl<'checkQuotes'>['checkQuotes'],
): Impl<ExportMethods> {
  async function appendixFor(projectId: string, includeConfidential: boolean, includeNotes: boolean) {
    const rows = await checkQuotes({ projectId });
    const quoteChecks = rows.flatMap((r) =>
      r.claimId
        ? [
            {
              claimId: r.claimId,
              verdict: r.verdict,
              speakerMatch: r.speakerMatch,
              speakerReason: r.speakerReason,
              sourceId: r.source?.sourceId ?? null,
            },
          ]
        : [],
    );
    return buildAppendix(ctx.session(projectId).doc, {
      includeConfidential,
      includeNotes,
      now: ctx.deps.now(),
      generatedBy: await ctx.userName(),
      quoteChecks,
    });
  }

  return {
    previewAppendix: async ({ projectId, includeConfidential, includeNotes }) =>
      appendixFor(projectId, includeConfidential, includeNotes),
    openExportedFile: async ({ path }) => {
      const shell = ctx.deps.shell;
      if (!shell?.openPath) throw new FactdeskError('no-native-dialog', 'This window cannot open files.');
      await shell.openPath(
        valueOf(
          await checkExportedFile(
            path,
            [...ctx.sessions.values()].map((s) => s.paths.folder),
            ctx.exported,
          ),
        ),
      );
      return null;
    },
    pickSavePath: async ({ defaultPath, format }) => {
      if (!ctx.deps.dialogs)
        throw new FactdeskError(
          'no-native-dialog',
          'This window cannot show a save dialog: the export goes to the project folder.',
        );
      const picked = await ctx.deps.dialogs.pickSavePath(defaultPath, EXTENSIONS[format]);
      if (!picked) throw new FactdeskError('cancelled', 'The export was cancelled.');
      return { path: picked };
    },
    exportAppendix: async ({ projectId, format, includeConfidential, includeNotes, path, overwrite, claimReview }) => {
      const session = ctx.session(projectId);
      const appendix = await appendixFor(projectId, includeConfidential, includeNotes);
      const version = appendix.header.draftVersion ?? 0;
      const target =
        path ??
        join(session.paths.folder, 'exports', `${slug(session.doc.title)}-appendix-v${version}.${EXTENSIONS[format]}`);
      valueOf(await checkExportTarget(target, session.paths.folder, { overwrite: overwrite === true }));
      const schemaText = `${JSON.stringify(schema, null, 2)}\n`;
      const schemaFile = format === 'json' ? valueOf(await checkSchemaFile(target, schemaText)) : 'same';
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
          bytes = ctx.deps.renderPdf
            ? await ctx.deps.renderPdf(html)
            : await htmlToPdf(html, { chromiumPath: findChromium() });
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
        throw ioError(error, target, 'save');
      }
      ctx.exported.add(target);
      const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      await ctx.record(projectId, 'export.appendix', { format, includeConfidential, includeNotes, file: target });
      ctx.changed(projectId);
      return { path: target, bytes: size, warnings, ...(empty ? { empty } : {}) };
    },
  };
}
