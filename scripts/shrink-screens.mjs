// Makes the committed screenshots in docs/screens small: each PNG is stripped and reduced to a 256-colour palette
// with ImageMagick's `convert` when it is installed (the screens are flat UI colours, so nothing visible is lost).
// Without ImageMagick the full-colour PNGs are kept as they are, and this says so.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'docs/screens';

/** The first real ImageMagick on the machine (`magick` in version 7, `convert` in 6), or null. */
function findImageMagick() {
  for (const [cmd, ...pre] of [['magick'], ['convert'], ['/usr/bin/convert']]) {
    try {
      const version = execFileSync(cmd, [...pre, '-version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      if (version.startsWith('Version: ImageMagick')) return cmd;
    } catch {
      // Not this one.
    }
  }
  return null;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
const convert = findImageMagick();
if (!convert) {
  console.log(`ImageMagick's convert is not installed: the ${files.length} screenshots in ${dir} stay full colour.`);
  process.exit(0);
}
let before = 0;
let after = 0;
for (const f of files) {
  const path = join(dir, f);
  before += statSync(path).size;
  execFileSync(convert, [path, '-strip', '-dither', 'None', '-colors', '256', `PNG8:${path}`]);
  after += statSync(path).size;
}
const mb = (n) => (n / 1024 / 1024).toFixed(1);
console.log(`${files.length} screenshots in ${dir}: ${mb(before)} MB -> ${mb(after)} MB.`);
