// The activity log in words, and the chain check's one line.
import { describe, expect, it } from 'vitest';
import { describeEntry, verdictLine } from '../../../../../renderer/features/desk/activity-words';
import type { ActivityEntryView } from '../../../../../shared/api/views';
import { STATUSES } from './claims-fixture';

const entry = (action: string, details: Record<string, unknown> = {}, claimId?: string): ActivityEntryView => ({
  seq: 1,
  at: '2026-11-24T10:00:00.000Z',
  by: 'Ana',
  action,
  details,
  ...(claimId ? { claimId } : {}),
});
const label = (id: string) => (id === 'c1' ? 'claim 4' : null);
const say = (e: ActivityEntryView) => describeEntry(e, STATUSES, label);

describe('describeEntry', () => {
  it('says what happened to a claim, naming it by number', () => {
    expect(say(entry('claim.created', {}, 'c1'))).toBe('Marked claim 4 as a claim');
    expect(say(entry('claim.changed', { status: 'verified' }, 'c1'))).toBe('Changed claim 4: status to Verified');
    expect(say(entry('claim.changed', { assignee: null }, 'c1'))).toBe('Changed claim 4: no assignee');
    expect(say(entry('signoff.claim', {}, 'gone'))).toBe('Signed off a claim since removed');
    expect(say(entry('claim.linked', { relation: 'supports', source: 'confidential source' }, 'c1'))).toBe(
      'Tied confidential source to claim 4 (supports)',
    );
  });

  it('describes bulk changes, sign-offs, statuses, drafts and exports', () => {
    expect(say(entry('claims.bulk-change', { claims: 3, changed: 3, status: 'in-progress' }))).toBe(
      'Set status to In progress on 3 claims',
    );
    expect(say(entry('claims.bulk-change', { claims: 3, changed: 1, assignee: 'Ben' }))).toBe(
      'Set assignee to Ben on 3 claims (1 changed)',
    );
    expect(say(entry('signoff.story', { claims: 12 }))).toBe('Signed off the whole story (12 claims at the time)');
    expect(say(entry('signoff.story-withdrawn'))).toBe('Withdrew the story sign-off');
    expect(say(entry('backup.restored', { backup: 'b.factdesk' }))).toBe('Restored the backup b.factdesk');
    expect(say(entry('backup.restored', { fromStory: true, keptAs: null, replacedUnreadableFile: true }))).toBe(
      "Rebuilt the damaged project file from the shared story's copy on this computer",
    );
    expect(say(entry('statuses.changed', { statuses: ['Unchecked', 'Verified'] }))).toBe(
      'Changed the statuses: Unchecked, Verified',
    );
    expect(say(entry('draft.version', { version: 2 }))).toBe('Imported draft version 2');
    expect(
      say(
        entry('export.appendix', {
          format: 'docx',
          file: '/p/exports/story-appendix-v2.docx',
          includeConfidential: true,
        }),
      ),
    ).toBe('Exported the appendix as Word to story-appendix-v2.docx, confidential sources included');
    expect(say(entry('something.new'))).toBe('something new');
  });
});

describe('verdictLine', () => {
  it('says plainly whether the chain holds', () => {
    expect(verdictLine({ ok: true, count: 42 })).toBe('Log intact: 42 entries');
    expect(verdictLine({ ok: true, count: 1 })).toBe('Log intact: 1 entry');
    expect(verdictLine({ ok: false, firstBadSeq: 7, reason: 'Entry 7 was changed after it was written.' })).toBe(
      'Log broken at entry 7: Entry 7 was changed after it was written.',
    );
  });
});
