// A small argument parser for the factdesk command: positional words and --flags (with values or booleans).

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parses argv; `booleanFlags` never take a value (so `--json file` keeps `file` positional). */
export function parseArgs(argv: readonly string[], booleanFlags: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) flags.set(name, arg.slice(eq + 1));
      else if (booleanFlags.has(name)) flags.set(name, true);
      else if (i + 1 < argv.length) flags.set(name, argv[++i]!);
      else flags.set(name, true);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

/** Reads a flag that must carry a value. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value.`);
  return v;
}

export class UsageError extends Error {
  override name = 'UsageError';
}
