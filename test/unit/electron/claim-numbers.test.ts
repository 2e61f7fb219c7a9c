// One claim, one number: the app's claim list, the exported appendix and the CLI number one real project alike,
// ties included (claims starting at the same place, the same span marked twice, claims whose text was deleted).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { runCli } from '../../../electron/cli';
import type { Result } from '../../../shared/api/result';
import { claimNumbers, claimsInDraftOrder } from '../../../shared/model/claim-order';
import { buildRows } from '../../../renderer/features/desk/desk-rows';
import { initialProjectState, projectReducer } from '../../../renderer/features/project/project-state';
import { fakeClock, handlerDeps, tempDir } from './storage/helpers';

const V1 =
  'Council spending rose 12 percent last year, the mayor said. Turnout rose 12 percent in the east. ' +
  'The old bridge will close in May. Visitors doubled.';
// Version 2 deletes the last two sentences, so the claims on them lose their place in the draft.
const V2 = 'Council spending rose 12 percent last year, the mayor said. Turnout rose 12 percent in the east.';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function buildProject() {
  const dir = await tempDir();
  const clock = fakeClock();
  let n = 0;
  const dataDir = join(dir, 'data');
  const handlers = createHandlers(
    handlerDeps(dir, {
      now: clock.now,
      // Ids that sort against the order claims are made, so no order can lean on them by accident.
      newId: () => `id-${String(99 - ++n).padStart(2, '0')}`,
    }),
    { saveDelayMs: 5 },
  );
  const folder = join(dir, 'story');
  const { projectId } = value(await handlers.createProject({ folder, title: 'Council vote' }));
  value(await handlers.setDraftText({ projectId, text: V1 }));
  const mark = async (phrase: string) => {
    clock.advance(60_000);
    const start = V1.indexOf(phrase);
    const { claim } = value(await handlers.markClaim({ projectId, start, end: start + phrase.length }));
    return claim.id;
  };
  // Made in this order on purpose: each pair is a tie that the old rules broke three different ways.
  const ids = {
    visitors: await mark('Visitors doubled'),
    bridge: await mark('The old bridge will close'),
    inner: await mark('Council spending'),
    outer: await mark('Council spending rose 12 percent'),
    turnoutSecond: '',
    turnoutFirst: '',
  };
  ids.turnoutFirst = await mark('Turnout rose');
  ids.turnoutSecond = await mark('Turnout rose');
  value(await handlers.setDraftText({ projectId, text: V2 }));
  value(await handlers.closeProject({ projectId }));
  return { dir, dataDir, folder, handlers, ids };
}

describe('claim numbers', () => {
  it('are the same in the app, the appendix and the CLI for one project', async () => {
    const { dir, dataDir, folder, handlers, ids } = await buildProject();

    // The app: the view the main side sends, through the project reducer, numbered as the Claims list and desk do.
    const view = value(await handlers.openProject({ path: folder }));
    const state = projectReducer(initialProjectState, { type: 'opened', view });
    const ordered = claimsInDraftOrder(state.view?.claims ?? []);
    const app = Object.fromEntries(claimNumbers(ordered));
    const desk = Object.fromEntries(buildRows(ordered, view.statuses).map((r) => [r.id, r.number]));

    // The appendix, written by the real exporter.
    const out = join(dir, 'appendix.json');
    value(
      await handlers.exportAppendix({
        projectId: view.projectId,
        format: 'json',
        includeConfidential: false,
        includeNotes: false,
        path: out,
      }),
    );
    const appendixClaims: { id: string; number: number }[] = JSON.parse(await readFile(out, 'utf8')).claims;
    const appendix = Object.fromEntries(appendixClaims.map((c) => [c.id, c.number]));
    value(await handlers.closeProject({ projectId: view.projectId }));

    // The CLI, in-process over the same folder: its text list shows the numbers, its JSON the same order.
    const io = { out: '', err: '' };
    const run = (args: string[]) =>
      runCli(args, {
        out: (t) => (io.out += t),
        err: (t) => (io.err += t),
        env: { FACTDESK_DATA_DIR: dataDir, FACTDESK_USER: 'Ana Reporter' },
        cwd: dir,
      });
    expect(await run(['claims', folder, '--json'])).toBe(0);
    const cliJson: { id: string }[] = JSON.parse(io.out).claims;
    const cli = Object.fromEntries(cliJson.map((c, i) => [c.id, i + 1]));
    io.out = '';
    expect(await run(['claims', folder])).toBe(0);
    const listed = io.out.trimEnd().split('\n');
    cliJson.forEach((c, i) => {
      expect(listed[i]).toMatch(new RegExp(`^\\s*${cli[c.id]}\\. `));
    });

    const expected = {
      [ids.outer]: 1,
      [ids.inner]: 2,
      [ids.turnoutFirst]: 3,
      [ids.turnoutSecond]: 4,
      [ids.visitors]: 5,
      [ids.bridge]: 6,
    };
    expect(app).toEqual(expected);
    expect(desk).toEqual(expected);
    expect(appendix).toEqual(expected);
    expect(cli).toEqual(expected);
    expect(view.claims.filter((c) => c.anchor.state === 'orphaned').map((c) => c.id)).toEqual([
      ids.visitors,
      ids.bridge,
    ]);
  });
});
