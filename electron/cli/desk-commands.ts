// The editor's commands of the factdesk CLI: export the source appendix and verify the activity log.
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { EXPORT_FORMATS } from '../../shared/api/contract';
import type { ExportFormat } from '../../shared/api/contract';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { verifyDeviceChains } from '../../shared/log/device-chains';
import type { ChainsVerdict } from '../../shared/log/device-chains';
import { readStoryLog } from '../sync/story-log';
import { UsageError, stringFlag } from './args';
import { printJson } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every device's chain of a shared story, checked; null for a project that is not shared. */
async function checkDeviceChains(projectFile: string): Promise<Result<ChainsVerdict | null>> {
  const entries = await readStoryLog(dirname(projectFile));
  if (!entries.ok) return entries;
  return ok(entries.value ? verifyDeviceChains(entries.value, sha256Hex) : null);
}

/** One line per device: "N entries, verified" or the entry that does not verify. */
function deviceLines(verdict: ChainsVerdict): string {
  if (verdict.chains.length === 0) return 'No device of this shared story has written to its log yet.\n';
  return verdict.chains
    .map((c) =>
      c.ok
        ? `Device ${c.device}: ${c.count} ${c.count === 1 ? 'entry' : 'entries'}, verified.\n`
        : `Device ${c.device}: does not verify. ${c.reason}\n`,
    )
    .join('');
}

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
          return fail('file-exists', `${reply.error.message} Add --force to replace it.`);
        if (!reply.ok) return reply;
        const outcome = reply.value;
        if (outcome.empty) ctx.io.err(`factdesk: note: ${outcome.empty}\n`);
        for (const w of outcome.warnings) ctx.io.err(`factdesk: note: ${w}\n`);
        if (args.flags.has('json')) printJson(ctx.io, outcome);
        else ctx.io.out(`Wrote ${outcome.path} (${outcome.bytes} bytes).\n`);
        return ok(0);
      });
    },
  },
  {
    name: 'verify-log',
    usage: 'verify-log <project> [--json]',
    summary:
      "Check the activity log: its hash chain, the end the project file records, the ends its backups record, and for a shared story every device's chain and the checkpoints between them",
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: false }, async (view) => {
        const read = await ctx.handlers.getActivityLog({ projectId: view.projectId, againstBackups: true });
        if (!read.ok) return read;
        const log = read.value;
        const chains = await checkDeviceChains(view.file);
        if (!chains.ok) return chains;
        const devices = chains.value;
        if (devices) {
          if (args.flags.has('json')) {
            printJson(ctx.io, { ...log.verdict, devices: devices.chains });
          } else {
            ctx.io.out(
              log.verdict.ok
                ? `The activity log of ${view.title} on this computer is intact: ${log.verdict.count} entries.\n`
                : `The activity log of ${view.file} on this computer is not intact. ${log.verdict.reason}\n`,
            );
            ctx.io.out(deviceLines(devices));
          }
          return ok(log.verdict.ok && devices.ok ? 0 : 1);
        }
        if (args.flags.has('json')) printJson(ctx.io, log.verdict);
        if (!log.verdict.ok) {
          if (!args.flags.has('json')) {
            return fail('corrupt-file', `The activity log of ${view.file} is not intact. ${log.verdict.reason}`);
          }
          return ok(1);
        }
        if (!args.flags.has('json'))
          ctx.io.out(
            `The activity log of ${view.title} is intact: ${log.verdict.count} entries, each chained to the one before, ending where the project file and its backups say.\n`,
          );
        return ok(0);
      });
    },
  },
];
