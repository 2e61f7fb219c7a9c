// The layers inside shared/ are an allowlist: ESLint (through its Node API, with the project's own config) reports
// a package or a folder a zone was not given, by static import, import() or require(), and lets the allowed ones
// through.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer messages ESLint gives for `code` saved as `file` (a path inside the repository). */
async function layerMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'factdesk/shared-layers').map((m) => m.message);
}

describe('the layers inside shared/', () => {
  it.each([
    [
      'a zip reader',
      'shared/model/probe.ts',
      "import yauzl from 'yauzl';\nvoid yauzl;",
      /may import the packages zod; not "yauzl"/,
    ],
    [
      'an HTML parser',
      'shared/appendix/probe.ts',
      "import { Parser } from 'htmlparser2';\nvoid Parser;",
      /not "htmlparser2"/,
    ],
    ['Node', 'shared/text/probe.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;", /not "node:fs/],
    [
      'a higher layer',
      'shared/model/probe.ts',
      "import type { ProjectView } from '../api/views';\nexport type P = ProjectView;",
      /not shared\/api/,
    ],
    [
      'detect from the text layer',
      'shared/text/probe.ts',
      "export { suggestClaims } from '../detect/suggest';",
      /not shared\/detect/,
    ],
    [
      'the main process',
      'shared/verify/probe.ts',
      "import { createHandlers } from '../../electron/api/handlers';\nvoid createHandlers;",
      /imports only shared\//,
    ],
    ['React', 'shared/commands/probe.ts', "import { useState } from 'react';\nvoid useState;", /not "react"/],
    [
      'a zip reader by require()',
      'shared/model/probe.ts',
      "const yauzl = require('yauzl');\nvoid yauzl;",
      /not "yauzl"/,
    ],
    ['Node by require.resolve()', 'shared/text/probe.ts', "void require.resolve('node:fs');", /not "node:fs"/],
    ['Node by module.require()', 'shared/text/probe.ts', 'void module.require(`node:path`);', /not "node:path"/],
    [
      'Node by import = require()',
      'shared/text/probe.ts',
      "import fs = require('node:fs');\nvoid fs;",
      /not "node:fs"/,
    ],
    [
      'a higher layer by import()',
      'shared/text/probe.ts',
      "export const load = () => import('../verify/check-quote');",
      /not shared\/verify/,
    ],
    [
      'a parser by import() with a template string',
      'shared/appendix/probe.ts',
      'export const load = () => import(`htmlparser2`);',
      /not "htmlparser2"/,
    ],
    [
      'an import() of a computed name',
      'shared/model/probe.ts',
      "export const load = (name: string) => import('./' + name);",
      /only names written out.*computed import\(\)/,
    ],
    [
      'a require() of a computed name',
      'shared/model/probe.ts',
      'export const load = (name: string): unknown => require(name);',
      /only names written out.*computed require\(\)/,
    ],
  ])('reports %s', async (_label, file, code, message) => {
    const messages = await layerMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it('reports a file in a folder that is in no layer, so a new folder is placed on purpose', async () => {
    expect(await layerMessages('shared/newfolder/probe.ts', '')).toEqual([
      expect.stringMatching(/is in no layer of shared\//),
    ]);
  });

  it.each([
    ['zod in the model', 'shared/model/probe.ts', "import { z } from 'zod';\nvoid z;"],
    ['fuse.js in search', 'shared/search/probe.ts', "import Fuse from 'fuse.js';\nvoid Fuse;"],
    [
      'a lower layer',
      'shared/verify/probe.ts',
      "import { normalizeText } from '../text/normalize';\nvoid normalizeText;",
    ],
    ['Result from the lowest layer', 'shared/text/probe.ts', "import { ok } from '../api/result';\nvoid ok;"],
    ['its own folder', 'shared/detect/probe.ts', "import { suggestClaims } from './suggest';\nvoid suggestClaims;"],
    ['a lower layer by import()', 'shared/verify/probe.ts', "export const load = () => import('../text/normalize');"],
    [
      'an allowed package by require()',
      'shared/search/probe.ts',
      "const Fuse: unknown = require('fuse.js');\nvoid Fuse;",
    ],
    [
      'every layer below the contract',
      'shared/api/probe.ts',
      "import type { ReanchorCounts } from '../edits/project-edits';\nexport type R = ReanchorCounts;",
    ],
  ])('lets %s through', async (_label, file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });
});
