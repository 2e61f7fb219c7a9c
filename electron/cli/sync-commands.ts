// The shared-story commands of the factdesk CLI (issue 16): share a project on the newsroom's story server, list the
// stories there, open one into a new folder, sync a shared project until it is synced, decide a claim that needs
// review, and stop sharing. They call the same handlers as the window. The password comes from
// FACTDESK_SYNC_PASSWORD (the command never prompts); the session cookie is held for the run only. An https story
// server whose certificate the newsroom signs with its own CA needs that CA's file in FACTDESK_SYNC_CA.
import { resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { SyncStatusView } from '../../shared/api/sync';
import { describeSyncState } from '../../shared/sync/sync-state';
import { formatInstantUtc } from '../../shared/text/format-when';
import { UsageError, stringFlag } from './args';
import type { ParsedArgs } from './args';
import type { CliContext } from './context';
import { printJson } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

/** How long share and sync wait for "synced" before they print the state and give up (seconds). */
const DEFAULT_WAIT_S = 120;

function serverOf(args: ParsedArgs, ctx: CliContext, usage: string): { serverUrl: string; user: string } {
  const serverUrl = stringFlag(args, 'server') ?? ctx.io.env.FACTDESK_SYNC_URL;
  const user = stringFlag(args, 'user') ?? ctx.io.env.FACTDESK_SYNC_USER;
  if (!serverUrl || !user)
    throw new UsageError(`Usage: factdesk ${usage} (or set FACTDESK_SYNC_URL and FACTDESK_SYNC_USER)`);
  return { serverUrl, user };
}

function waitSeconds(args: ParsedArgs): number {
  const raw = stringFlag(args, 'wait');
  if (raw === undefined) return DEFAULT_WAIT_S;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new UsageError('--wait takes a number of seconds.');
  return n;
}

function words(status: SyncStatusView): string {
  if (!status.state) return 'Not shared';
  const line = describeSyncState(status.state, formatInstantUtc);
  return [line, status.state.message, ...(status.state.files ?? [])].filter(Boolean).join('. ');
}

/**
 * Polls the sync state until it is synced with nothing pending and no source file still arriving, or the wait is
 * over; prints the last state. Exits 1 when the wait ended first.
 */
async function untilSynced(
  ctx: CliContext,
  projectId: string,
  seconds: number,
  json: boolean,
): Promise<Result<number>> {
  const end = Date.now() + seconds * 1000;
  let status = await ctx.handlers.getSyncState({ projectId });
  const done = (s: SyncStatusView) =>
    s.state?.phase === 'synced' && s.state.pending === 0 && (s.state.arriving ?? 0) === 0;
  // Signed out or off the story's team: waiting longer would not change it.
  const stopped = (s: SyncStatusView) => s.state?.phase === 'signed-out' || s.state?.phase === 'no-access';
  while (status.ok && !done(status.value) && !stopped(status.value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    status = await ctx.handlers.getSyncState({ projectId });
  }
  if (!status.ok) return status;
  if (json) printJson(ctx.io, status.value);
  else ctx.io.out(`${words(status.value)} (${status.value.database} on ${status.value.serverUrl}).\n`);
  return ok(done(status.value) ? 0 : 1);
}

const SERVER_FLAGS = ['server', 'user'];

export const syncCommands: CliCommand[] = [
  {
    name: 'share',
    usage: 'share <project> --server URL --user NAME [--member NAME] [--wait S] [--json]',
    summary:
      "Share the project with the newsroom's story server (password from FACTDESK_SYNC_PASSWORD) and wait until it is sent; a server admin's account also makes the story's database",
    valueFlags: [...SERVER_FLAGS, 'member', 'wait'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const server = serverOf(args, ctx, this.usage);
      const member = stringFlag(args, 'member');
      const wait = waitSeconds(args);
      return withProject(ctx, path, { write: true }, async (view) => {
        const shared = await ctx.handlers.shareProject({
          projectId: view.projectId,
          ...server,
          ...(member
            ? {
                members: member
                  .split(',')
                  .map((m) => m.trim())
                  .filter(Boolean),
              }
            : {}),
        });
        if (!shared.ok) return shared;
        return untilSynced(ctx, view.projectId, wait, args.flags.has('json'));
      });
    },
  },
  {
    name: 'shared',
    usage: 'shared --server URL --user NAME [--json]',
    summary: 'List the stories on the story server this person may open (password from FACTDESK_SYNC_PASSWORD)',
    valueFlags: SERVER_FLAGS,
    booleanFlags: ['json'],
    async run(args, ctx) {
      const listed = await ctx.handlers.listSharedStories(serverOf(args, ctx, this.usage));
      if (!listed.ok) return listed;
      const { stories } = listed.value;
      if (args.flags.has('json')) printJson(ctx.io, stories);
      else if (stories.length === 0) ctx.io.out('No shared stories for you on this server.\n');
      else
        for (const s of stories)
          ctx.io.out(`${s.storyId}\t${s.title || '(untitled)'}\t${s.claims} ${s.claims === 1 ? 'claim' : 'claims'}\n`);
      return ok(0);
    },
  },
  {
    name: 'open-shared',
    usage: 'open-shared <story> <folder> --server URL --user NAME [--json]',
    summary: 'Make a new project folder holding a shared story, pulled from the story server',
    valueFlags: SERVER_FLAGS,
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [storyId, folder] = args.positional;
      if (!storyId || !folder) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const opened = await ctx.handlers.openSharedStory({
        ...serverOf(args, ctx, this.usage),
        storyId,
        folder: resolve(ctx.io.cwd, folder),
      });
      if (!opened.ok) return opened;
      const view = opened.value;
      if (args.flags.has('json'))
        printJson(ctx.io, { folder: view.folder, title: view.title, claims: view.claims.length });
      else ctx.io.out(`Opened “${view.title}” into ${view.folder}: ${view.claims.length} claims.\n`);
      const closed = await ctx.handlers.closeProject({ projectId: view.projectId });
      return closed.ok ? ok(0) : closed;
    },
  },
  {
    name: 'sync',
    usage: 'sync <project> [--wait S] [--json]',
    summary:
      'Sync a shared project with its story server until it is synced (password from FACTDESK_SYNC_PASSWORD) and print the state',
    valueFlags: ['wait'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const wait = waitSeconds(args);
      return withProject(ctx, path, { write: true }, async (view) => {
        const read = await ctx.handlers.getSyncState({ projectId: view.projectId });
        if (!read.ok) return read;
        if (!read.value.shared) {
          return fail(
            'not-shared',
            `${view.file} is not shared with the newsroom: share it with factdesk share first.`,
          );
        }
        const resumed = await ctx.handlers.resumeSync({ projectId: view.projectId });
        if (!resumed.ok) return resumed;
        const status = resumed.value;
        if (!status.state || status.state.phase === 'signed-out') {
          return fail('sign-in-refused', status.state?.message ?? 'Signed out of the story server.');
        }
        return untilSynced(ctx, view.projectId, wait, args.flags.has('json'));
      });
    },
  },
  {
    name: 'decide',
    usage: 'decide <project> <claim-id> <status-id>',
    summary: 'Settle a claim that needs review (its status changed apart on two machines) with the status chosen',
    valueFlags: [],
    booleanFlags: [],
    async run(args, ctx) {
      const [path, claimId, status] = args.positional;
      if (!path || !claimId || !status) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: true }, async (view) => {
        const state = await ctx.handlers.resumeSync({ projectId: view.projectId });
        if (!state.ok) return state;
        const decided = await ctx.handlers.decideReview({ projectId: view.projectId, claimId, status });
        if (!decided.ok) return decided;
        return untilSynced(ctx, view.projectId, DEFAULT_WAIT_S, false);
      });
    },
  },
  {
    name: 'unshare',
    usage: 'unshare <project>',
    summary: 'Stop syncing the project on this computer (the project, the story on the server and its replica stay)',
    valueFlags: [],
    booleanFlags: [],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: true }, async (view) => {
        const stopped = await ctx.handlers.stopSharing({ projectId: view.projectId });
        if (!stopped.ok) return stopped;
        ctx.io.out(`${view.title} is no longer synced on this computer.\n`);
        return ok(0);
      });
    },
  },
];
