// Property: three replicas make random changes apart (statuses, assignees, notes, sign-offs, new claims, deletions)
// and pass documents to each other in random subsets and orders; once every replica holds every document, all three
// hold the same story, and every status event ever written is in the claim's history on each (none lost). A seeded
// generator makes each run repeatable: a failure names its seed.
import { describe, expect, it } from 'vitest';
import { createClaim, setStatus, updateClaim } from '../../../../shared/model/claim';
import type { Claim } from '../../../../shared/model/claim';
import { claimFingerprint } from '../../../../shared/model/sign-off';
import { DEFAULT_STATUSES } from '../../../../shared/model/status';
import type { FieldEventDoc, SyncDoc } from '../../../../shared/sync/docs';
import { sharedEqual } from '../../../../shared/sync/apply';
import { foldStory } from '../../../../shared/sync/fold';
import type { SyncedClaim } from '../../../../shared/sync/fold';
import { canonicalJson } from '../../../../shared/log/canonical-json';
import { headsOf } from '../../../../shared/sync/events';
import type { SimReplica } from './replica-sim';
import { sharedStory, testClock } from './replica-sim';
import { seededRandom as random } from '../../../../shared/text/seeded-random';

function run(seed: number, steps: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const now = testClock();
  const replicas = sharedStory(['desk-ann', 'laptop-bob', 'phone-cho'], 4, now);
  const statusEvents = new Set<string>();
  let made = 0;
  const note = (docs: SyncDoc[]) => {
    for (const d of docs) if (d.type === 'event' && d.field === 'status') statusEvents.add(d._id);
  };
  const liveClaims = (r: SimReplica) => r.doc.claims;
  const change = (r: SimReplica, id: string, f: (c: Claim) => Claim) =>
    note(r.edit((doc) => ({ ...doc, claims: doc.claims.map((c) => (c.id === id ? f(c) : c)) })));

  for (let step = 0; step < steps; step++) {
    const r = pick(replicas);
    const roll = rnd();
    const claims = liveClaims(r);
    if (roll < 0.3 && claims.length > 0) {
      const claim = pick(claims);
      change(r, claim.id, (c) => setStatus(c, pick(DEFAULT_STATUSES).id, r.user, now()));
    } else if (roll < 0.38 && claims.length > 0) {
      const claim = pick(claims);
      change(
        r,
        claim.id,
        (c) => updateClaim(c, { assignee: pick(['Ann', 'Bob', 'Cho', null]) }, r.user, now()) as SyncedClaim,
      );
    } else if (roll < 0.44 && claims.length > 0) {
      const claim = pick(claims);
      change(r, claim.id, (c) => updateClaim(c, { notes: `note ${step} by ${r.user}` }, r.user, now()));
    } else if (roll < 0.5 && claims.length > 0) {
      const claim = pick(claims);
      change(r, claim.id, (c) => ({
        ...c,
        signOff: rnd() < 0.7 ? { by: r.user, at: now(), fingerprint: claimFingerprint(c) } : null,
      }));
    } else if (roll < 0.54) {
      const base = r.doc.claims[0] ?? null;
      if (base) {
        const id = `n${++made}-${r.device}`;
        const fresh = createClaim({
          id,
          anchor: base.anchor,
          kind: 'other',
          status: 'unchecked',
          by: r.user,
          now: now(),
        });
        note(r.edit((doc) => ({ ...doc, claims: [...doc.claims, fresh] })));
      }
    } else if (roll < 0.56 && claims.length > 3) {
      const gone = pick(claims).id;
      note(r.edit((doc) => ({ ...doc, claims: doc.claims.filter((c) => c.id !== gone) })));
    } else if (roll < 0.6 && claims.length > 0) {
      // A decision on a claim under review, as the window's "Decide" will make it.
      const review = claims.find((c) => (c as SyncedClaim).review);
      if (review) change(r, review.id, (c) => setStatus(c, pick(DEFAULT_STATUSES).id, r.user, now()));
    } else {
      // Some documents travel from one replica to another, in a random order.
      const to = pick(replicas.filter((o) => o !== r));
      const docs = r.all().filter(() => rnd() < 0.6);
      docs.sort(() => rnd() - 0.5);
      to.receive(docs);
    }
  }
  // Everyone sends everything to everyone, each in a random order.
  for (const from of replicas) {
    for (const to of replicas) {
      if (from === to) continue;
      const docs = from.all();
      docs.sort(() => rnd() - 0.5);
      to.receive(docs);
    }
  }
  return { replicas, statusEvents };
}

describe('three replicas making random changes apart', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);
  let reviews = 0;
  it.each(seeds)('converge, with no status event lost (seed %i)', (seed) => {
    const { replicas, statusEvents } = run(seed, 120);
    const [a, ...rest] = replicas;
    const story = canonicalJson(foldStory(a!.all()) as never);
    for (const r of rest) {
      expect(sharedEqual(a!.doc, r.doc)).toBe(true);
      expect(canonicalJson(foldStory(r.all()) as never)).toBe(story);
    }
    for (const r of replicas) {
      const docs = r.all();
      // The fold each replica made step by step, reusing unchanged claims, is the fold of its documents from scratch.
      expect(canonicalJson(r.doc.claims as never)).toBe(canonicalJson(foldStory(docs).claims as never));
      const claimsById = new Map(r.doc.claims.map((c) => [c.id, c]));
      const deleted = new Set(
        docs.filter((d) => d.type === 'claim' && d.deleted).map((d) => (d.type === 'claim' ? d.claimId : '')),
      );
      for (const id of statusEvents) {
        const event = docs.find((d): d is FieldEventDoc => d._id === id && d.type === 'event');
        expect(event, `${r.device} lost status event ${id}`).toBeDefined();
        if (deleted.has(event!.claimId)) continue;
        const claim = claimsById.get(event!.claimId)!;
        const inHistory = claim.history.some((h) => (h as { event?: string }).event === id);
        expect(inHistory, `${r.device}: status event ${id} is missing from claim ${claim.id}'s history`).toBe(true);
      }
      // "Needs review" exactly where the status heads disagree, listing every head.
      for (const claim of r.doc.claims as SyncedClaim[]) {
        const events = docs.filter(
          (d): d is FieldEventDoc => d.type === 'event' && d.claimId === claim.id && d.field === 'status',
        );
        const heads = headsOf(events);
        const values = new Set(heads.map((h) => h.value));
        expect(Boolean(claim.review)).toBe(values.size > 1);
        if (claim.review) reviews++;
        if (claim.review) expect(claim.review.events.map((e) => e.eventId)).toEqual(heads.map((h) => h._id));
      }
    }
  });

  it('met claims needing review in those runs (so the property was exercised)', () => {
    expect(reviews).toBeGreaterThan(0);
  });
});
