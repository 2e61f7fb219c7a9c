// Which Node.js each part of Factdesk needs, and the one sentence printed instead of a stack trace when the Node.js
// running it is older. package.json's `engines` holds the lowest of these (a unit test keeps the two in step).
// Run as a script (`node scripts/node-version.mjs dist`) it checks one part and exits 1 with the sentence: npm
// scripts that are no script of ours, such as `npm run dist`, start with it.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The parts a user starts, the Node.js each needs and why. */
export const NODE_NEEDS = {
  app: {
    name: "Factdesk's desktop app (npm start)",
    version: '22.12.0',
    why: 'Electron 45, its installer and its packaging tools ask for it',
  },
  web: {
    name: "Factdesk's browser harness (npm run web)",
    version: '20.19.0',
    why: 'its build tools, Vite 8 and Rolldown, ask for it',
  },
  dist: {
    name: "Factdesk's installers (npm run dist)",
    version: '22.12.0',
    why: 'Electron 45 and its packaging tool, electron-builder, ask for it',
  },
  cli: {
    name: 'The factdesk command',
    version: '20.19.0',
    why: 'it is built and tested on Node.js 20.19 and newer',
  },
};

/** Major, minor and patch of a version such as "20.20.2" or "v22.12.0". */
function parts(version) {
  return String(version)
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

/** Whether `found` is an older Node.js version than `needed`. */
export function isOlder(found, needed) {
  const [a, b] = [parts(found), parts(needed)];
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/** "22.12.0" -> "22.12" (the way the README and npm write it). */
function short(version) {
  return version.replace(/\.0$/, '');
}

/**
 * The sentence saying that `part` cannot run on Node.js `found` (what is needed, what was found, what to install),
 * or null when `found` is new enough.
 */
export function nodeVersionProblem(part, found = process.versions.node) {
  const need = NODE_NEEDS[part];
  if (!isOlder(found, need.version)) return null;
  const install = `Install Node.js ${short(NODE_NEEDS.app.version).split('.')[0]} LTS or newer from https://nodejs.org (or run "nvm install 22")`;
  const instead =
    part === 'app' && !isOlder(found, NODE_NEEDS.web.version)
      ? ', or use "npm run web" and the factdesk command, which run on this Node.js'
      : '';
  return `${need.name} needs Node.js ${short(need.version)} or newer (${need.why}); this is Node.js ${found.replace(/^v/, '')}. ${install}${instead}.`;
}

/** Prints the sentence and exits with code 1 when this Node.js is too old for `part`. */
export function requireNode(part) {
  const problem = nodeVersionProblem(part);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const part = process.argv[2];
  if (!part || !(part in NODE_NEEDS)) {
    process.stderr.write(`Usage: node scripts/node-version.mjs <${Object.keys(NODE_NEEDS).join('|')}>\n`);
    process.exit(2);
  }
  requireNode(part);
}
