// Backups from the command line: list a project's verified backups, and restore one (a project whose file cannot
// be read gets its damaged file moved aside and the newest good backup put back).
import { resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import { UsageError, stringFlag } from './args';
import { printJson, withTakeOverHint } from './context';
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
      const listed = await ctx.handlers.listBackups({ path: resolve(ctx.io.cwd, path) });
      if (!listed.ok) return listed;
      const backups = listed.value;
      if (args.flags.has('json')) printJson(ctx.io, { backups });
      else if (backups.length === 0) ctx.io.out('No backups yet.\n');
      else {
        ctx.io.out(`${backups.map((b) => `${b.createdAt}  ${b.name}  ${b.bytes} bytes`).join('\n')}\n`);
        // A shared story's backups are kept for the record; the sentence says why none restores there.
        const refused = backups[0]?.restoreRefused;
        if (refused) ctx.io.out(`None of these is restored here: ${refused}\n`);
      }
      return ok(0);
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
        const recovery = await ctx.handlers.recoverProject({ path: full, ...(name ? { name } : {}) });
        if (!recovery.ok) return recovery;
        const recovered = recovery.value;
        ctx.io.out(
          `${recovered.restoredFrom ? `Restored ${recovered.restoredFrom.name}.` : "Rebuilt it from the shared story's replica."}${recovered.keptAs ? ` The unreadable file was kept as ${recovered.keptAs}.` : ''}\n`,
        );
        return ok(0);
      }
      if (!opened.ok) return withTakeOverHint(opened, full);
      const view = opened.value;
      try {
        if (view.readOnly)
          return fail('read-only', `${view.file} is in use: ${view.saveState.message ?? ''}. Nothing was restored.`);
        const listed = await ctx.handlers.listBackups({ projectId: view.projectId });
        if (!listed.ok) return listed;
        const backups = listed.value;
        const chosen = name ?? backups[0]?.name;
        if (!chosen) return fail('not-found', `${view.folder} has no backups yet.`);
        const restored = await ctx.handlers.restoreBackup({ projectId: view.projectId, name: chosen });
        if (!restored.ok) return restored;
        ctx.io.out(`Restored ${chosen}. The state before it was backed up too, so this can be undone.\n`);
        return ok(0);
      } finally {
        await ctx.handlers.closeProject({ projectId: view.projectId });
      }
    },
  },
];
