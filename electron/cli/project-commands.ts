// The project commands of the factdesk CLI: new, info, claims, mark, set-draft.
import { resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { CLAIM_KINDS } from '../../shared/model/claim';
import type { ClaimKind } from '../../shared/model/claim';
import { findStatus } from '../../shared/model/status';
import type { ProjectView } from '../../shared/api/views';
import { findFirst } from '../../shared/anchoring/text-quote';
import { UsageError, stringFlag } from './args';
import type { ParsedArgs } from './args';
import { printJson, withTakeOverHint } from './context';
import type { CliContext } from './context';

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Flags that take a value (--title T); with booleanFlags, every option the command accepts. */
  valueFlags: string[];
  booleanFlags: string[];
  /** The exit code, or a refusal: runCli prints its sentence on stderr and exits with the code's exit code. */
  run(args: ParsedArgs, ctx: CliContext): Promise<Result<number>>;
}

function needPositional(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.positional.length < count) throw new UsageError(`Usage: factdesk ${usage}`);
  return args.positional;
}

/**
 * Opens a project for the length of one command and always closes it (saving and releasing the lock); a refusal to
 * save on closing is answered in place of the command's own reply.
 */
export async function withProject<T>(
  ctx: CliContext,
  path: string,
  options: { write: boolean },
  fn: (view: ProjectView) => Promise<Result<T>>,
): Promise<Result<T>> {
  const full = resolve(ctx.io.cwd, path);
  const opened = await ctx.handlers.openProject({
    path: full,
    readOnly: !options.write,
    ...(options.write && ctx.takeOver ? { takeOverStaleLock: true } : {}),
  });
  if (!opened.ok) return withTakeOverHint(opened, full);
  const view = opened.value;
  if (options.write && view.readOnly) {
    await ctx.handlers.closeProject({ projectId: view.projectId });
    return fail(
      'read-only',
      `${view.file} is in use: ${view.saveState.message ?? 'another Factdesk has it open'}. Nothing was changed.${ctx.takeOver ? ' --take-over takes over only a lock whose Factdesk stopped (or whose computer stopped updating it), never a live one.' : ''}`,
    );
  }
  let outcome: Result<T>;
  try {
    outcome = await fn(view);
  } finally {
    const closed = await ctx.handlers.closeProject({ projectId: view.projectId });
    if (!closed.ok) outcome = closed;
  }
  return outcome;
}

function claimJson(view: ProjectView) {
  return view.claims.map((c) => ({
    id: c.id,
    text: c.anchor.exact,
    kind: c.kind,
    status: c.status,
    statusLabel: findStatus(view.statuses, c.status).label,
    assignee: c.assignee,
    anchor: { state: c.anchor.state, start: c.anchor.start, end: c.anchor.end },
  }));
}

function infoJson(view: ProjectView, backups: number) {
  const byStatus: Record<string, number> = {};
  for (const c of view.claims) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  const current = view.drafts.find((d) => d.id === view.currentDraft?.id);
  return {
    title: view.title,
    folder: view.folder,
    file: view.file,
    lockedBy: view.lockedBy
      ? { user: view.lockedBy.user, host: view.lockedBy.host, since: view.lockedBy.acquiredAt }
      : null,
    draft: current
      ? {
          version: current.number,
          words: current.words,
          origin: current.origin,
          importedAt: current.importedAt,
          importedBy: current.importedBy,
        }
      : null,
    draftVersions: view.drafts.length,
    claims: { total: view.claims.length, byStatus },
    backups,
  };
}

function resolveStatus(view: ProjectView, wanted: string): string {
  const w = wanted.trim().toLowerCase();
  const match = view.statuses.find((s) => s.id === w || s.label.toLowerCase() === w);
  if (!match) {
    throw new UsageError(
      `"${wanted}" is not a status of this project. Statuses: ${view.statuses.map((s) => s.label).join(', ')}.`,
    );
  }
  return match.id;
}

export const projectCommands: CliCommand[] = [
  {
    name: 'new',
    usage: 'new <folder> --title <title> [--json]',
    summary: 'Create a project folder',
    valueFlags: ['title'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [folder] = needPositional(args, 1, this.usage);
      const title = stringFlag(args, 'title');
      if (!title) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const created = await ctx.handlers.createProject({ folder: resolve(ctx.io.cwd, folder!), title });
      if (!created.ok) return created;
      const view = created.value;
      const backups = await ctx.handlers.listBackups({ projectId: view.projectId });
      if (!backups.ok) return backups;
      const info = infoJson(view, backups.value.length);
      const closed = await ctx.handlers.closeProject({ projectId: view.projectId });
      if (!closed.ok) return closed;
      if (args.flags.has('json')) printJson(ctx.io, info);
      else ctx.io.out(`Created "${view.title}" in ${view.folder}\n`);
      return ok(0);
    },
  },
  {
    name: 'info',
    usage: 'info <project> [--json]',
    summary: 'Show a project: title, draft, claims by status, lock, backups',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = needPositional(args, 1, this.usage);
      return withProject(ctx, path!, { write: false }, async (view) => {
        const backups = await ctx.handlers.listBackups({ projectId: view.projectId });
        if (!backups.ok) return backups;
        const info = infoJson(view, backups.value.length);
        if (args.flags.has('json')) {
          printJson(ctx.io, info);
          return ok(0);
        }
        const lines = [
          `${info.title}`,
          `  folder:  ${info.folder}`,
          `  draft:   ${info.draft ? `version ${info.draft.version}, ${info.draft.words} words (${info.draft.origin})` : 'none yet'}`,
          `  claims:  ${info.claims.total}${Object.entries(info.claims.byStatus)
            .map(([s, n]) => `, ${findStatus(view.statuses, s).label} ${n}`)
            .join('')}`,
          `  backups: ${info.backups}`,
        ];
        if (info.lockedBy)
          lines.push(`  open in: ${info.lockedBy.user} on ${info.lockedBy.host} since ${info.lockedBy.since}`);
        ctx.io.out(`${lines.join('\n')}\n`);
        return ok(0);
      });
    },
  },
  {
    name: 'claims',
    usage: 'claims <project> [--json]',
    summary: 'List the claims in draft order',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = needPositional(args, 1, this.usage);
      return withProject(ctx, path!, { write: false }, async (view) => {
        const claims = claimJson(view);
        if (args.flags.has('json')) printJson(ctx.io, { claims });
        else if (claims.length === 0) ctx.io.out('No claims yet.\n');
        else {
          ctx.io.out(
            `${claims
              .map(
                (c, i) =>
                  `${String(i + 1).padStart(3)}. [${c.statusLabel}] (${c.kind}${c.anchor.state === 'exact' ? '' : `, ${c.anchor.state}`}) ${c.text.replace(/\s+/g, ' ')}`,
              )
              .join('\n')}\n`,
          );
        }
        return ok(0);
      });
    },
  },
  {
    name: 'mark',
    usage: 'mark <project> "<exact text>" [--kind K] [--status S] [--json]',
    summary: 'Mark the first occurrence of some text in the current draft as a claim',
    valueFlags: ['kind', 'status'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, exact] = needPositional(args, 2, this.usage);
      const kind = stringFlag(args, 'kind');
      if (kind && !(CLAIM_KINDS as readonly string[]).includes(kind)) {
        throw new UsageError(`--kind must be one of ${CLAIM_KINDS.join(', ')}.`);
      }
      return withProject(ctx, path!, { write: true }, async (view) => {
        if (!view.currentDraft)
          return fail('no-draft', `${view.file} has no draft yet: set one with factdesk set-draft.`);
        const at = findFirst(view.currentDraft.text, exact!);
        if (!at) return fail('not-found', `"${exact}" does not occur in the current draft of ${view.title}.`);
        const statusFlag = stringFlag(args, 'status');
        const status = statusFlag ? resolveStatus(view, statusFlag) : undefined;
        const marked = await ctx.handlers.markClaim({
          projectId: view.projectId,
          ...at,
          kind: kind as ClaimKind | undefined,
          status,
        });
        if (!marked.ok) return marked;
        const { claim } = marked.value;
        if (args.flags.has('json'))
          printJson(ctx.io, {
            claim: { id: claim.id, text: claim.anchor.exact, kind: claim.kind, status: claim.status },
          });
        else ctx.io.out(`Marked claim ${claim.id}: ${claim.anchor.exact}\n`);
        return ok(0);
      });
    },
  },
  {
    name: 'set-draft',
    usage: 'set-draft <project> <file.txt>',
    summary: 'Set the draft from a UTF-8 text file (a new version when a draft exists)',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, file] = needPositional(args, 2, this.usage);
      return withProject(ctx, path!, { write: true }, async (view) => {
        const set = await ctx.handlers.setDraftFile({
          projectId: view.projectId,
          path: resolve(ctx.io.cwd, file!),
        });
        if (!set.ok) return set;
        const next = set.value;
        const counts = { exact: 0, changed: 0, orphaned: 0 };
        for (const c of next.claims) counts[c.anchor.state]++;
        const version = next.drafts.at(-1)?.number ?? 1;
        ctx.io.out(
          version > 1
            ? `Draft version ${version} set. Claims: ${counts.exact} exact, ${counts.changed} changed, ${counts.orphaned} orphaned.\n`
            : `Draft set (version 1, ${next.drafts.at(-1)?.words ?? 0} words).\n`,
        );
        return ok(0);
      });
    },
  },
];
