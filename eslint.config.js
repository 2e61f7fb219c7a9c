// Lint rules, including the import directions of STYLE.md: renderer -> shared, electron -> shared, never across.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { sharedLayers } from './scripts/eslint/shared-layers.mjs';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'zlib',
];

/**
 * The layers inside shared/, lowest first (shared/README.md says why). Each zone may import itself, the zones in its
 * `imports` and the packages in its `packages`, and nothing else: not Node, not the DOM, not electron/ or renderer/.
 * A path ending in / is a folder; otherwise one module. A file in no zone is reported too.
 */
const SHARED_LAYERS = [
  { name: 'result', paths: ['api/result', 'api/errors', 'api/issues'], imports: [], packages: [] },
  { name: 'text', paths: ['text/'], imports: ['result'], packages: [] },
  { name: 'log', paths: ['log/'], imports: ['result', 'text'], packages: [] },
  { name: 'model', paths: ['model/'], imports: ['result', 'text', 'log'], packages: ['zod'] },
  { name: 'anchoring', paths: ['anchoring/'], imports: ['result', 'text', 'model'], packages: [] },
  { name: 'detect', paths: ['detect/'], imports: ['result', 'text', 'model'], packages: [] },
  { name: 'people', paths: ['people/'], imports: ['result', 'text', 'model', 'detect'], packages: [] },
  {
    name: 'search',
    paths: ['search/'],
    imports: ['result', 'text', 'model', 'detect', 'people'],
    packages: ['fuse.js'],
  },
  { name: 'verify', paths: ['verify/'], imports: ['result', 'text', 'model', 'detect', 'people'], packages: [] },
  {
    name: 'edits',
    paths: ['edits/'],
    imports: ['result', 'text', 'model', 'log', 'anchoring', 'detect'],
    packages: [],
  },
  {
    name: 'appendix',
    paths: ['appendix/'],
    imports: ['result', 'text', 'model', 'log', 'detect', 'people', 'verify'],
    packages: [],
  },
  {
    name: 'api',
    paths: ['api/'],
    imports: [
      'result',
      'text',
      'model',
      'log',
      'anchoring',
      'detect',
      'people',
      'search',
      'verify',
      'edits',
      'appendix',
    ],
    packages: ['zod'],
  },
  { name: 'commands', paths: ['commands/'], imports: ['result', 'text', 'model', 'api'], packages: [] },
  { name: 'sync', paths: ['sync/'], imports: ['result', 'text', 'model', 'log'], packages: [] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    plugins: { factdesk: { rules: { 'shared-layers': sharedLayers } } },
    rules: { 'factdesk/shared-layers': ['error', { zones: SHARED_LAYERS }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'The renderer talks to the main process only through the Api (shared/api).',
            },
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/desktop/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main.ts, electron/preload.ts and electron/desktop/ import electron at run time; use `import type`.',
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/desktop/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', 'bin/**/*.mjs', 'build/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
