// The story as documents and the fold back: a shared story reads the same on every replica, status changes made apart
// give "needs review" with both sides, a decision settles it, and a sign-off lapses on a status change it had not seen.
import { describe, expect, it } from 'vitest';
import { setStatus, updateClaim } from '../../../../shared/model/claim';
import type { Claim } from '../../../../shared/model/claim';
import {
  claimFingerprint,
  claimSignOffState,
  storyFingerprint,
  storySignOffState,
} from '../../../../shared/model/sign-off';
import { sha256 } from '../../../../shared/log/sha256';
import { canonicalJson } from '../../../../shared/log/canonical-json';
import { isConfidential } from '../../../../shared/sync/docs';
import type { FieldEventDoc, SyncDoc } from '../../../../shared/sync/docs';
import { foldStory } from '../../../../shared/sync/fold';
import type { SyncedClaim } from '../../../../shared/sync/fold';
import { decideStatus, docsForChanges, draftDocId } from '../../../../shared/sync/to-docs';
import type { SimReplica } from './replica-sim';
import { sharedStory, testClock } from './replica-sim';

function claimOn(r: SimReplica, id: string): SyncedClaim {
  const claim = r.doc.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id} on ${r.device}`);
  return claim as SyncedClaim;
}

function withClaim(id: string, change: (c: Claim) => Claim) {
  return (doc: SimReplica['doc']) => ({ ...doc, claims: doc.claims.map((c) => (c.id === id ? change(c) : c)) });
}

describe('a shared story as documents', () => {
  it('reads on another replica as the project it was shared from', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['laptop-ann', 'laptop-bob'], 3, now);
    expect(bob!.doc.title).toBe('Council budget');
    expect(bob!.doc.drafts.map((d) => [d.id, d.number, d.text])).toEqual(
      ann!.doc.drafts.map((d) => [d.id, d.number, d.text]),
    );
    expect(bob!.doc.currentDraftId).toBe('draft-1');
    expect(bob!.doc.claims.map((c) => [c.id, c.status, c.anchor.exact])).toEqual(
      ann!.doc.claims.map((c) => [c.id, c.status, c.anchor.exact]),
    );
    expect(bob!.doc.settings.statuses).toEqual(ann!.doc.settings.statuses);
  });

  it('keeps a draft version under the SHA-256 of its content, written once', () => {
    const now = testClock();
    const [ann] = sharedStory(['a'], 1, now);
    const draftDoc = ann!.all().find((d) => d.type === 'draft')!;
    const { number: _n, ...content } = ann!.doc.drafts[0]!;
    void _n;
    expect(draftDoc._id).toBe(`draft:${sha256(canonicalJson(content))}`);
    expect(draftDocId(content, sha256)).toBe(draftDoc._id);
  });

  it('writes nothing back for documents it has just folded in (no echo)', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 2, now);
    const docs = ann!.edit(withClaim('c1', (c) => setStatus(c, 'verified', 'Ann', now())));
    bob!.receive(docs);
    expect(claimOn(bob!, 'c1').status).toBe('verified');
    expect(bob!.edit((d) => d)).toEqual([]);
    expect(docsForChanges(bob!.doc, bob!.doc, bob!.index, bob!.ctx)).toEqual([]);
  });
});

describe('status changes made apart', () => {
  it('give "needs review" on both replicas, naming who set what and when, until a decision settles it', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['laptop-ann', 'laptop-bob'], 2, now);
    const fromAnn = ann!.edit(withClaim('c1', (c) => setStatus(c, 'verified', 'Ann', now())));
    const fromBob = bob!.edit(withClaim('c1', (c) => setStatus(c, 'disputed', 'Bob', now())));
    ann!.receive(fromBob);
    bob!.receive(fromAnn);
    for (const r of [ann!, bob!]) {
      const claim = claimOn(r, 'c1');
      expect(claim.review?.events.map((e) => [e.by, e.status, e.device])).toEqual([
        ['Ann', 'verified', 'laptop-ann'],
        ['Bob', 'disputed', 'laptop-bob'],
      ]);
      expect(claim.review?.events.every((e) => /^2026-03-02T10:/.test(e.at))).toBe(true);
      // The side that blocks publication is the one shown, so the story stays blocked until someone decides.
      expect(claim.status).toBe('disputed');
      expect(foldStory(r.all()).needsReview).toEqual(['c1']);
    }
    const decision = decideStatus(ann!.index, 'c1', 'verified', ann!.ctx);
    expect(decision.decides).toHaveLength(2);
    ann!.refold();
    bob!.receive([decision]);
    for (const r of [ann!, bob!]) {
      expect(claimOn(r, 'c1').review).toBeUndefined();
      expect(claimOn(r, 'c1').status).toBe('verified');
    }
  });

  it('is settled too by an ordinary status change made after seeing both', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 1, now);
    const x = ann!.edit(withClaim('c1', (c) => setStatus(c, 'verified', 'Ann', now())));
    const y = bob!.edit(withClaim('c1', (c) => setStatus(c, 'incorrect', 'Bob', now())));
    ann!.receive(y);
    bob!.receive(x);
    expect(claimOn(bob!, 'c1').review).toBeDefined();
    const z = bob!.edit(withClaim('c1', (c) => setStatus(c, 'corrected', 'Bob', now())));
    ann!.receive(z);
    expect(claimOn(ann!, 'c1')).toMatchObject({ status: 'corrected' });
    expect(claimOn(ann!, 'c1').review).toBeUndefined();
  });

  it('needs no review when both chose the same status, and one change after another never does', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 1, now);
    const x = ann!.edit(withClaim('c1', (c) => setStatus(c, 'verified', 'Ann', now())));
    const y = bob!.edit(withClaim('c1', (c) => setStatus(c, 'verified', 'Bob', now())));
    ann!.receive(y);
    bob!.receive(x);
    expect(claimOn(ann!, 'c1').review).toBeUndefined();
    const z = ann!.edit(withClaim('c1', (c) => setStatus(c, 'disputed', 'Ann', now())));
    bob!.receive(z);
    expect(claimOn(bob!, 'c1').review).toBeUndefined();
    expect(claimOn(bob!, 'c1').status).toBe('disputed');
    const history = claimOn(bob!, 'c1').history.filter((h) => h.field === 'status');
    expect(history.map((h) => [h.by, h.to])).toEqual([
      ['Ann', 'verified'],
      ['Bob', 'verified'],
      ['Ann', 'disputed'],
    ]);
  });

  it('keeps both notes written apart, and the newest of two assignees', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 1, now);
    const x = ann!.edit(
      withClaim('c1', (c) => updateClaim(c, { notes: 'Call the clerk', assignee: 'Ann' }, 'Ann', now())),
    );
    const y = bob!.edit(
      withClaim('c1', (c) => updateClaim(c, { notes: 'Budget p. 4', assignee: 'Bob' }, 'Bob', now())),
    );
    ann!.receive(y);
    bob!.receive(x);
    for (const r of [ann!, bob!]) {
      expect(claimOn(r, 'c1').notes).toBe('Call the clerk\n\nBudget p. 4');
      expect(claimOn(r, 'c1').assignee).toBe('Bob');
    }
  });
});

describe('sign-off', () => {
  it('lapses when a status change arrives from another replica, and when one is made here', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 2, now);
    const signed = ann!.edit((doc) => {
      const at = now();
      const claims = doc.claims.map((c) =>
        c.id === 'c1' ? { ...c, signOff: { by: 'Ann', at, fingerprint: claimFingerprint(c) } } : c,
      );
      return { ...doc, claims, storySignOff: { by: 'Ann', at, fingerprint: storyFingerprint(claims) } };
    });
    bob!.receive(signed);
    expect(claimSignOffState(claimOn(bob!, 'c1'))).toBe('current');
    expect(storySignOffState(bob!.doc.storySignOff, bob!.doc.claims)).toBe('current');
    const change = bob!.edit(withClaim('c2', (c) => setStatus(c, 'verified', 'Bob', now())));
    expect(storySignOffState(bob!.doc.storySignOff, bob!.doc.claims)).toBe('lapsed');
    ann!.receive(change);
    expect(storySignOffState(ann!.doc.storySignOff, ann!.doc.claims)).toBe('lapsed');
    expect(claimSignOffState(claimOn(ann!, 'c1'))).toBe('current');
    const local = ann!.edit(withClaim('c1', (c) => setStatus(c, 'disputed', 'Ann', now())));
    expect(claimSignOffState(claimOn(ann!, 'c1'))).toBe('lapsed');
    bob!.receive(local);
    const lapsed = claimOn(bob!, 'c1').signOff;
    expect(claimSignOffState(claimOn(bob!, 'c1'))).toBe('lapsed');
    expect(lapsed?.lapsedBy).toMatchObject({ claimId: 'c1', by: 'Ann' });
  });

  it('withdrawn on one replica is withdrawn on the other', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 1, now);
    bob!.receive(
      ann!.edit(
        withClaim('c1', (c) => ({ ...c, signOff: { by: 'Ann', at: now(), fingerprint: claimFingerprint(c) } })),
      ),
    );
    expect(claimOn(bob!, 'c1').signOff?.by).toBe('Ann');
    bob!.receive(ann!.edit(withClaim('c1', (c) => ({ ...c, signOff: null }))));
    expect(claimOn(bob!, 'c1').signOff).toBeNull();
    expect(claimOn(bob!, 'c1').history.map((h) => h.action)).toContain('sign-off withdrawn');
  });
});

describe('confidential sources', () => {
  it('are written as confidential documents, and the others see who holds them', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 1, now);
    const source = {
      id: 's-secret',
      type: 'interview' as const,
      title: 'Council insider',
      speakers: ['Insider'],
      date: null,
      url: null,
      notes: 'met at the cafe',
      confidential: true,
      tags: [],
      originalFile: null,
      textFile: null,
      contentHash: null,
      addedAt: now(),
      addedBy: 'Ann',
      passageCount: 0,
    };
    const link = {
      id: 'l1',
      sourceId: 's-secret',
      passageId: null,
      relation: 'supports' as const,
      pinpoint: '',
      note: 'she confirmed the figure',
      quotedText: '',
      addedAt: now(),
      addedBy: 'Ann',
    };
    const docs = ann!.edit((doc) => ({
      ...doc,
      sources: [source],
      claims: doc.claims.map((c) => ({ ...c, links: [link] })),
    }));
    const leaving = docs.filter((d) => !isConfidential(d));
    expect(
      docs
        .filter(isConfidential)
        .map((d) => d._id)
        .sort(),
    ).toEqual(['link:l1', 'source:s-secret']);
    expect(JSON.stringify(leaving)).not.toContain('cafe');
    expect(JSON.stringify(leaving)).not.toContain('confirmed the figure');
    bob!.receive(leaving);
    expect(bob!.doc.sources).toEqual([]);
    expect(bob!.doc.heldSources).toEqual([{ sourceId: 's-secret', heldBy: 'Ann', claimIds: ['c1'] }]);
    expect(claimOn(bob!, 'c1').held).toEqual([{ sourceId: 's-secret', heldBy: 'Ann' }]);
    expect(claimOn(ann!, 'c1').links).toHaveLength(1);
    expect(ann!.doc.heldSources).toEqual([]);
  });
});

describe('the fold', () => {
  it('gives the same story for the same documents in any order', () => {
    const now = testClock();
    const [ann, bob] = sharedStory(['a', 'b'], 4, now);
    const x = ann!.edit(withClaim('c2', (c) => setStatus(c, 'verified', 'Ann', now())));
    bob!.edit(withClaim('c2', (c) => setStatus(c, 'cut', 'Bob', now())));
    bob!.receive(x);
    const docs: SyncDoc[] = bob!.all();
    const once = canonicalJson(foldStory(docs) as never);
    for (let i = 0; i < 5; i++) {
      const shuffled = [...docs].sort(() => (Math.sin(i * 97 + docs.length) > 0 ? 1 : -1));
      expect(canonicalJson(foldStory([...shuffled].reverse()) as never)).toBe(once);
    }
    const events = docs.filter((d): d is FieldEventDoc => d.type === 'event' && d.claimId === 'c2');
    expect(events.length).toBeGreaterThanOrEqual(3);
  });
});
