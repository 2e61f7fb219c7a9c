// The editor's commands of the factdesk CLI: export the source appendix and verify the activity log.
import { resolve } from 'node:path';
import { EXPORT_FORMATS } from '../../shared/api/contract';
import type { ExportFormat } from '../../shared/api/contract';
import { FactdeskError } from '../../shared/api/result';
import { UsageError, stringFlag } from './args';
import { printJson, unwrap } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

export const deskCommands: CliCommand[] = [
  {
    name: 'export',
    usage: `export <project> --format ${EXPORT_FORMATS.join('|')} --out <file> [--force] [--include-confidential] [--include-notes] [--url U] [--publisher P]`,
    summary:
      "Write the source appendix (confidential sources are redacted unless included); never onto the project's own files, and over an existing file only with --force",
    valueFlags: ['format', 'out', 'url', 'publisher'],
    booleanFlags: ['json', 'force', 'include-confidential', 'include-notes'],
    async run(args, ctx) {
      const [path] = args.positional;
      const format = stringFlag(args, 'format');
      const out = stringFlag(args, 'out');
      if (!path || !format || !out) throw new UsageError(`Usage: factdesk ${this.usage}`);
      if (!(EXPORT_FORMATS as readonly string[]).includes(format))
        throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
      return withProject(ctx, path, { write: false }, async (view) => {
        const url = stringFlag(args, 'url');
        const publisher = stringFlag(args, 'publisher');
        const reply = await ctx.handlers.exportAppendix({
          projectId: view.projectId,
          format: format as ExportFormat,
          includeConfidential: args.flags.has('include-confidential'),
          includeNotes: args.flags.has('include-notes'),
          path: resolve(ctx.io.cwd, out),
          overwrite: args.flags.has('force'),
          ...(url || publisher
            ? { claimReview: { ...(url ? { url } : {}), ...(publisher ? { publisher } : {}) } }
            : {}),
        });
        if (!reply.ok && reply.error.code === 'file-exists' && reply.error.details?.replaceable === true)
          throw new FactdeskError('file-exists', `${reply.error.message} Add --force to replace it.`);
        const outcome = unwrap(reply);
        if (outcome.empty) ctx.io.err(`factdesk: note: ${outcome.empty}\n`);
        for (const w of outcome.warnings) ctx.io.err(`factdesk: note: ${w}\n`);
        if (args.flags.has('json')) printJson(ctx.io, outcome);
        else ctx.io.out(`Wrote ${outcome.path} (${outcome.bytes} bytes).\n`);
        return 0;
      });
    },
  },
  {
    name: 'verify-log',
    usage: 'verify-log <project> [--json]',
    summary:
      'Check the activity log: its hash chain, the end the project file records, and the ends its backups record',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: false }, async (view) => {
        const log = unwrap(await ctx.handlers.getActivityLog({ projectId: view.projectId, againstBackups: true }));
        if (args.flags.has('json')) printJson(ctx.io, log.verdict);
        if (!log.verdict.ok) {
          if (!args.flags.has('json')) {
            throw new FactdeskError(
              'corrupt-file',
              `The activity log of ${view.file} is not intact. ${log.verdict.reason}`,
            );
          }
          return 1;
        }
        if (!args.flags.has('json'))
          ctx.io.out(
            `The activity log of ${view.title} is intact: ${log.verdict.count} entries, each chained to the one before, ending where the project file and its backups say.\n`,
          );
        return 0;
      });
    },
  },
];
