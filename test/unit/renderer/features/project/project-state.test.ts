// The open project's reducer and selectors: events for other projects are ignored, the selection survives changes.
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { createClaim } from '../../../../../shared/model/claim';
import type { Claim } from '../../../../../shared/model/claim';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import { createAnchor } from '../../../../../shared/anchoring/text-quote';
import {
  claimProgress,
  initialProjectState,
  newerSaveState,
  projectReducer,
  readOnlyBanner,
  saveStateLabel,
  visibleNotices,
} from '../../../../../renderer/features/project/project-state';

const TEXT = 'The council voted 7 to 2 to release a further £4.2 million for repairs.';
const NOW = '2026-03-01T10:00:00.000Z';

function claim(id: string, phrase: string, status = 'unchecked'): Claim {
  const start = TEXT.indexOf(phrase);
  return createClaim({
    id,
    anchor: createAnchor(TEXT, start, start + phrase.length, 'draft-1'),
    kind: 'other',
    status,
    by: 'Ana Ruiz',
    now: NOW,
  });
}

function view(overrides: Partial<ProjectView> = {}): ProjectView {
  return {
    projectId: 'p1',
    folder: '/stories/bridge',
    file: '/stories/bridge/project.factdesk',
    title: 'Bridge repairs',
    readOnly: false,
    lockedBy: null,
    saveState: { state: 'saved' },
    conflict: false,
    notices: [],
    drafts: [],
    currentDraft: { id: 'draft-1', number: 1, text: TEXT },
    claims: [],
    statuses: DEFAULT_STATUSES.map((s) => ({ ...s })),
    people: [],
    revision: 1,
    storySignOff: null,
    activityCount: 0,
    ...overrides,
  };
}

describe('projectReducer', () => {
  it('opens a project with its save state and no selection', () => {
    const state = projectReducer(initialProjectState, {
      type: 'opened',
      view: view({ saveState: { state: 'saving' } }),
    });
    expect(state.view?.title).toBe('Bridge repairs');
    expect(state.saveState).toEqual({ state: 'saving' });
    expect(state.selectedClaimId).toBeNull();
  });

  it('keeps the selected claim across changes while it exists, and drops it once deleted', () => {
    const a = claim('c1', '7 to 2');
    let state = projectReducer(initialProjectState, { type: 'opened', view: view() });
    state = projectReducer(state, { type: 'claimMarked', view: view({ claims: [a] }), claimId: 'c1' });
    expect(state.selectedClaimId).toBe('c1');
    state = projectReducer(state, { type: 'changed', view: view({ claims: [{ ...a, status: 'verified' }] }) });
    expect(state.selectedClaimId).toBe('c1');
    state = projectReducer(state, { type: 'changed', view: view({ claims: [] }) });
    expect(state.selectedClaimId).toBeNull();
  });

  it('ignores changes and save states of another project, and late events after closing', () => {
    const open = projectReducer(initialProjectState, { type: 'opened', view: view() });
    expect(projectReducer(open, { type: 'changed', view: view({ projectId: 'p2', title: 'Other' }) })).toBe(open);
    expect(projectReducer(open, { type: 'saveState', projectId: 'p2', saveState: { state: 'saving' } })).toBe(open);
    const closed = projectReducer(open, { type: 'closed' });
    expect(projectReducer(closed, { type: 'changed', view: view() }).view).toBeNull();
  });

  it('raises the conflict on externalChange and clears it when the view says it is resolved', () => {
    let state = projectReducer(initialProjectState, { type: 'opened', view: view() });
    state = projectReducer(state, {
      type: 'externalChange',
      projectId: 'p1',
      message: 'project.factdesk changed on disk.',
    });
    expect(state.conflict).toBe('project.factdesk changed on disk.');
    state = projectReducer(state, { type: 'changed', view: view({ conflict: true }) });
    expect(state.conflict).toBe('project.factdesk changed on disk.');
    state = projectReducer(state, { type: 'changed', view: view({ conflict: false }) });
    expect(state.conflict).toBeNull();
  });

  it('shows a conflict reported in the opened view itself', () => {
    const state = projectReducer(initialProjectState, { type: 'opened', view: view({ conflict: true }) });
    expect(state.conflict).toMatch(/changed by another program/);
  });

  it('updates the save indicator from saveState events', () => {
    let state = projectReducer(initialProjectState, { type: 'opened', view: view() });
    state = projectReducer(state, {
      type: 'saveState',
      projectId: 'p1',
      saveState: { state: 'error', message: 'The disk is full.' },
    });
    expect(saveStateLabel(state.saveState)).toBe('Not saved: The disk is full.');
  });

  it('hides dismissed notices, and forgets dismissals when another project opens', () => {
    let state = projectReducer(initialProjectState, {
      type: 'opened',
      view: view({ notices: ['Migrated.', 'Lock taken over.'] }),
    });
    state = projectReducer(state, { type: 'dismissNotice', notice: 'Migrated.' });
    expect(visibleNotices(state)).toEqual(['Lock taken over.']);
    state = projectReducer(state, { type: 'opened', view: view({ projectId: 'p2', notices: ['Migrated.'] }) });
    expect(visibleNotices(state)).toEqual(['Migrated.']);
  });

  it('keeps an error until dismissed or the next successful change', () => {
    let state = projectReducer(initialProjectState, { type: 'opened', view: view() });
    state = projectReducer(state, { type: 'failed', message: 'The claim is outside the draft.' });
    expect(state.error).toBe('The claim is outside the draft.');
    state = projectReducer(state, { type: 'changed', view: view() });
    expect(state.error).toBeNull();
  });
});

describe('selectors', () => {
  it('labels every save state', () => {
    expect(saveStateLabel(null)).toBe('Saved');
    expect(saveStateLabel({ state: 'saved' })).toBe('Saved');
    expect(saveStateLabel({ state: 'saving' })).toBe('Saving...');
    expect(saveStateLabel({ state: 'unsaved' })).toBe('Saving...');
    expect(saveStateLabel({ state: 'read-only', message: 'Lee Chen has it open.' })).toBe(
      'Read-only: Lee Chen has it open.',
    );
  });

  it('names who holds a project opened read-only', () => {
    const lockedBy = {
      user: 'Lee Chen',
      host: 'newsroom-12',
      pid: 4,
      app: 'Factdesk',
      acquiredAt: NOW,
      heartbeatAt: NOW,
    };
    expect(readOnlyBanner(view({ readOnly: true, lockedBy }))).toBe(
      'Read-only: Lee Chen on newsroom-12 has this project open',
    );
    expect(readOnlyBanner(view())).toBeNull();
  });

  it('counts claims that no longer block publication', () => {
    const v = view({
      claims: [claim('a', '7 to 2', 'verified'), claim('b', 'repairs'), claim('c', 'council', 'opinion')],
    });
    expect(claimProgress(v)).toEqual({ total: 3, cleared: 2 });
  });
});

describe('save states that arrive out of order', () => {
  it('keeps the newer state when an older one arrives later', () => {
    const saved = { state: 'saved' as const, seq: 5 };
    const saving = { state: 'saving' as const, seq: 4 };
    expect(newerSaveState(saved, saving)).toBe(saved);
    expect(newerSaveState(saving, saved)).toBe(saved);
    expect(newerSaveState(null, saving)).toBe(saving);
  });
});

describe('views that arrive out of order', () => {
  it('keeps the newer view and its selection when an older one arrives later', () => {
    const base = view();
    let state = projectReducer(initialProjectState, { type: 'opened', view: { ...base, revision: 5 } });
    state = projectReducer(state, {
      type: 'claimMarked',
      view: { ...base, revision: 7, title: 'Newer' },
      claimId: 'x',
    });
    const late = projectReducer(state, { type: 'changed', view: { ...base, revision: 6, title: 'Older' } });
    expect(late.view?.title).toBe('Newer');
    expect(late.selectedClaimId).toBe(state.selectedClaimId);
  });
});
