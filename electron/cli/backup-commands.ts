// Backups from the command line: list a project's verified backups, and restore one (a project whose file cannot
// be read gets its damaged file moved aside and the newest good backup put back).
import { resolve } from 'node:path';
import { FactdeskError } from '../../shared/api/result';
import { UsageError, stringFlag } from './args';
import { printJson, unwrap, withTakeOverHint } from './context';
import type { CliCommand } from './project-commands';

const UNREADABLE = new Set(['corrupt-file', 'invalid-file', 'newer-schema']);

export const backupCommands: CliCommand[] = [
  {
    name: 'backups',
    usage: 'backups <project> [--json]',
    summary: "List a project's verified backups, newest first",
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const backups = unwrap(await ctx.handlers.listBackups({ path: resolve(ctx.io.cwd, path) }));
      if (args.flags.has('json')) printJson(ctx.io, { backups });
      else if (backups.length === 0) ctx.io.out('No backups yet.\n');
      else ctx.io.out(`${backups.map((b) => `${b.createdAt}  ${b.name}  ${b.bytes} bytes`).join('\n')}\n`);
      return 0;
    },
  },
  {
    name: 'restore-backup',
    usage: 'restore-backup <project> [--name <backup file name>]',
    summary: 'Restore the newest (or the named) backup; the state it replaces is kept',
    valueFlags: ['name'],
    booleanFlags: [],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const full = resolve(ctx.io.cwd, path);
      const name = stringFlag(args, 'name');
      const opened = await ctx.handlers.openProject({
        path: full,
        ...(ctx.takeOver ? { takeOverStaleLock: true } : {}),
      });
      if (!opened.ok && UNREADABLE.has(opened.error.code)) {
        const recovered = unwrap(await ctx.handlers.recoverProject({ path: full, ...(name ? { name } : {}) }));
        ctx.io.out(
          `Restored ${recovered.restoredFrom.name}.${recovered.keptAs ? ` The unreadable file was kept as ${recovered.keptAs}.` : ''}\n`,
        );
        return 0;
      }
      if (!opened.ok) throw withTakeOverHint(opened, full);
      const view = opened.value;
      try {
        if (view.readOnly)
          throw new FactdeskError(
            'read-only',
            `${view.file} is in use: ${view.saveState.message ?? ''}. Nothing was restored.`,
          );
        const backups = unwrap(await ctx.handlers.listBackups({ projectId: view.projectId }));
        const chosen = name ?? backups[0]?.name;
        if (!chosen) throw new FactdeskError('not-found', `${view.folder} has no backups yet.`);
        unwrap(await ctx.handlers.restoreBackup({ projectId: view.projectId, name: chosen }));
        ctx.io.out(`Restored ${chosen}. The state before it was backed up too, so this can be undone.\n`);
        return 0;
      } finally {
        await ctx.handlers.closeProject({ projectId: view.projectId });
      }
    },
  },
];
