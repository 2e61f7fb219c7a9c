// The draft commands of the factdesk CLI: import-draft (any supported format, a new version when a draft exists)
// and suggest (check-worthy spans of the current draft).
import { resolve } from 'node:path';
import { FactdeskError } from '../../shared/api/result';
import { UsageError, stringFlag } from './args';
import { printJson, unwrap } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

const ENCODINGS = ['windows-1252', 'latin1'] as const;

export const draftCommands: CliCommand[] = [
  {
    name: 'import-draft',
    usage: 'import-draft <project> <file> [--encoding windows-1252|latin1] [--json]',
    summary: 'Import a draft (.docx, .md, .html, .txt); a new version re-anchors the claims',
    valueFlags: ['encoding'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, file] = args.positional;
      if (!path || !file) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const encoding = stringFlag(args, 'encoding');
      if (encoding && !(ENCODINGS as readonly string[]).includes(encoding)) {
        throw new UsageError(`--encoding must be ${ENCODINGS.join(' or ')}.`);
      }
      return withProject(ctx, path, { write: true }, async (view) => {
        const reply = await ctx.handlers.importDraft({
          projectId: view.projectId,
          source: { kind: 'path', path: resolve(ctx.io.cwd, file) },
          ...(encoding ? { encoding: encoding as (typeof ENCODINGS)[number] } : {}),
        });
        if (!reply.ok && reply.error.code === 'needs-encoding') {
          throw new FactdeskError(
            'needs-encoding',
            `${reply.error.message} Run again with --encoding windows-1252 or --encoding latin1.`,
          );
        }
        const outcome = unwrap(reply);
        const current = outcome.view.drafts.at(-1);
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            version: current?.number ?? 1,
            words: current?.words ?? 0,
            reanchored: outcome.reanchored,
            warnings: outcome.warnings,
          });
          return 0;
        }
        for (const warning of outcome.warnings) ctx.io.err(`factdesk: note: ${warning}\n`);
        const r = outcome.reanchored;
        ctx.io.out(
          r
            ? `Imported ${file} as draft version ${current?.number}. Claims: ${r.exact} exact, ${r.changed} changed, ${r.orphaned} orphaned.\n`
            : `Imported ${file} as draft version 1 (${current?.words ?? 0} words).\n`,
        );
        return 0;
      });
    },
  },
  {
    name: 'suggest',
    usage: 'suggest <project> [--json]',
    summary: 'List check-worthy spans of the current draft (quotes, numbers, dates, predictions, ...)',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: false }, async (view) => {
        if (!view.currentDraft)
          throw new FactdeskError('no-draft', `${view.file} has no draft yet: import one with factdesk import-draft.`);
        const suggestions = unwrap(await ctx.handlers.getSuggestions({ projectId: view.projectId }));
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            suggestions: suggestions.map((s) => ({
              text: s.text,
              start: s.start,
              end: s.end,
              kind: s.kind,
              reason: s.reason,
              speaker: s.speaker,
              speakerKind: s.speakerKind,
            })),
          });
        } else if (suggestions.length === 0)
          ctx.io.out('No suggestions: every check-worthy span is a claim or was dismissed.\n');
        else {
          ctx.io.out(
            `${suggestions.map((s) => `${String(s.start).padStart(7)}  ${s.kind.padEnd(11)} ${s.text.replace(/\s+/g, ' ')}\n${' '.repeat(22)}${s.reason}`).join('\n')}\n`,
          );
        }
        return 0;
      });
    },
  },
];
