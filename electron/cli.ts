// The `factdesk` command: the same handlers as the app, no window. Errors go to stderr as the sentences the app
// shows; exit code 0 on success, 1 on a refused operation, 2 on wrong usage.

import type { ErrorCode } from '../shared/api/errors';
import { UsageError, parseArgs } from './cli/args';
import { TAKE_OVER_FLAG, cliHandlers } from './cli/context';
import type { CliIo } from './cli/context';
import type { Handlers } from './api/handlers';
import { backupCommands } from './cli/backup-commands';
import { deskCommands } from './cli/desk-commands';
import { draftCommands } from './cli/draft-commands';
import { libraryCommands } from './cli/library-commands';
import { projectCommands } from './cli/project-commands';
import { quoteCommands } from './cli/quote-commands';
import { syncCommands } from './cli/sync-commands';
import type { CliCommand } from './cli/project-commands';

declare const __FACTDESK_VERSION__: string | undefined;
const VERSION = typeof __FACTDESK_VERSION__ === 'string' ? __FACTDESK_VERSION__ : '0.0.0-dev';

export const commands: CliCommand[] = [
  ...projectCommands,
  ...draftCommands,
  ...libraryCommands,
  ...quoteCommands,
  ...deskCommands,
  ...backupCommands,
  ...syncCommands,
];

function help(): string {
  return [
    'factdesk: the Factdesk command line (projects are folders holding project.factdesk)',
    '',
    'Usage:',
    ...commands.map((c) => `  factdesk ${c.usage}\n      ${c.summary}`),
    '',
    'A project is named by its folder or by its project.factdesk file.',
    `--${TAKE_OVER_FLAG} (any command that changes a project): take over the lock another computer left behind.`,
    'FACTDESK_DATA_DIR sets the settings folder; FACTDESK_USER the name written into histories.',
  ].join('\n');
}

/**
 * The exit code of each refusal a handler can reply with (the README's table): every refusal is 1, "refused and
 * nothing saved was changed"; wrong usage (2) is found by the CLI's own argument checks before a handler runs. A new
 * error code has to be given its exit code here.
 */
export const EXIT_CODES: Record<ErrorCode, 1 | 2> = {
  'invalid-input': 1,
  'not-found': 1,
  'not-a-project': 1,
  'project-exists': 1,
  'project-not-open': 1,
  'project-locked': 1,
  'read-only': 1,
  'lock-stale': 1,
  'corrupt-file': 1,
  'invalid-file': 1,
  'newer-schema': 1,
  'external-change': 1,
  'disk-full': 1,
  'permission-denied': 1,
  'io-error': 1,
  'file-exists': 1,
  'no-draft': 1,
  'needs-encoding': 1,
  'no-native-dialog': 1,
  cancelled: 1,
  'untrusted-sender': 1,
  'unknown-method': 1,
  internal: 1,
  'sign-in-refused': 1,
  'server-unreachable': 1,
  'needs-server-admin': 1,
  'not-shared': 1,
  'shared-story': 1,
};

/**
 * Runs one CLI invocation and returns its exit code. `openHandlers` gives the handler table for the run (tests pass
 * one that records which contract methods each command reaches).
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  openHandlers: (env: NodeJS.ProcessEnv, version: string) => Handlers = cliHandlers,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(`${help()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`factdesk: "${name}" is not a command.\n\n${help()}\n`);
    return 2;
  }
  const handlers = openHandlers(io.env, VERSION);
  try {
    const args = parseArgs(rest, new Set([...command.booleanFlags, TAKE_OVER_FLAG]));
    const known = new Set([...command.booleanFlags, ...command.valueFlags, TAKE_OVER_FLAG]);
    for (const flag of args.flags.keys()) {
      if (!known.has(flag)) {
        const options = [...known].map((k) => `--${k}`).join(', ') || 'none';
        throw new UsageError(`--${flag} is not an option of factdesk ${command.name} (options: ${options}).`);
      }
    }
    const outcome = await command.run(args, { handlers, io, takeOver: args.flags.has(TAKE_OVER_FLAG) });
    // A refusal prints its sentence and exits with its code's exit code.
    if (!outcome.ok) {
      io.err(`factdesk: ${outcome.error.message}\n`);
      return EXIT_CODES[outcome.error.code];
    }
    return outcome.value;
  } catch (error) {
    // The one boundary of a CLI run for what is not a refusal: wrong usage exits 2; anything else is a bug, reported
    // in one sentence.
    if (error instanceof UsageError) {
      io.err(`factdesk: ${error.message}\n`);
      return 2;
    }
    // A bug, not a refusal: one sentence; the stack only when asked for.
    const detail = error instanceof Error ? error.message : String(error);
    io.err(
      `factdesk: Factdesk stopped on an unexpected problem (${detail}); what was saved before stays on disk.${
        io.env.FACTDESK_DEBUG && error instanceof Error && error.stack
          ? `\n${error.stack}`
          : ' Set FACTDESK_DEBUG=1 to see where it happened.'
      }\n`,
    );
    return 1;
  } finally {
    await handlers.closeAll();
  }
}

/**
 * The process's own streams as CliIo. A reader that goes away (`factdesk claims p | head`) ends the output quietly:
 * EPIPE stops further writes to that stream and the command still finishes, saving and releasing its lock.
 */
export function processIo(): CliIo {
  const closed = new Set<NodeJS.WriteStream>();
  const writer = (stream: NodeJS.WriteStream) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
    return (text: string) => {
      if (!closed.has(stream)) stream.write(text);
    };
  };
  return { out: writer(process.stdout), err: writer(process.stderr), env: process.env, cwd: process.cwd() };
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
