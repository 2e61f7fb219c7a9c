// Runs before every test file of every project (vitest.config.ts `setupFiles`). The quick `unit` project runs its
// files one after another in shared workers (`isolate: false`), where a helper module is loaded once and a hook it
// registered at load would serve only the first file: so the clean-up after each test is registered here, for every
// file. Component tests (under happy-dom) unmount what they rendered and close their projects, so the next test and
// the next file start from an empty document; every test's temp folders are removed.
import { afterEach } from 'vitest';
import { removeTempDirs } from './electron/storage/helpers';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { releaseRendered } = await import('./renderer/project-fixture');
    await releaseRendered();
  }
  await removeTempDirs();
});
