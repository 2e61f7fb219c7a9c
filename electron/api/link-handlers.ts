// Handlers that tie sources to claims: attach (a personal-library passage is copied into the project first), change
// a link's relation, pinpoint or note, and detach. Each change is recorded in the claim's history.
import { fail, ok } from '../../shared/api/result';
import type { Failure, Result } from '../../shared/api/result';
import type { Claim, NewHistoryEntry, SourceLink } from '../../shared/model/claim';
import type { ProjectDoc } from '../../shared/model/project';
import { replaceSource } from '../storage/library-store';
import type { HandlerContext, Impl } from './handler-context';
import type { SourceCatalog } from './source-catalog';

type LinkMethods = 'attachSource' | 'updateLink' | 'detachSource';

/** The document with one claim changed; 'not-found' when the claim is gone, or the change's own refusal. */
function withClaim(doc: ProjectDoc, claimId: string, change: (claim: Claim) => Result<Claim>): Result<ProjectDoc> {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) return fail('not-found', 'That claim no longer exists in this project.');
  const next = change(claim);
  if (!next.ok) return next;
  return ok({ ...doc, claims: doc.claims.map((c) => (c.id === claimId ? next.value : c)) });
}

const LINK_GONE = 'That source is no longer tied to the claim.';

/** The document with one link of one claim changed: 'not-found' when the claim or the link is gone. */
function withLink(
  doc: ProjectDoc,
  claimId: string,
  linkId: string,
  change: (claim: Claim, link: SourceLink) => Result<Claim>,
): Result<ProjectDoc> {
  return withClaim(doc, claimId, (claim) => {
    const link = claim.links.find((l) => l.id === linkId);
    return link ? change(claim, link) : fail('not-found', LINK_GONE);
  });
}

/**
 * The refusal of a second link to the same passage (or whole source) on one claim, which the appendix would list
 * twice; null when `link` is new to the claim. The sentence says what the existing link is.
 */
export function tiedAlready(
  claim: Claim,
  link: Pick<SourceLink, 'sourceId' | 'passageId'>,
  title: string,
): Failure<'invalid-input'> | null {
  const same = claim.links.find((l) => l.sourceId === link.sourceId && l.passageId === link.passageId);
  if (!same) return null;
  const what = link.passageId ? `This passage of "${title}"` : `"${title}"`;
  const how = `${same.relation}${same.pinpoint ? `, ${same.pinpoint}` : ''}`;
  return fail(
    'invalid-input',
    `${what} is already tied to the claim (${how}); change that link's relation, pinpoint or note instead.`,
  );
}

/** The claim with its links replaced and `entries` added to its history, changed by `by` at `now`. */
function relinked(claim: Claim, links: SourceLink[], by: string, now: string, entries: NewHistoryEntry[]): Claim {
  return { ...claim, links, updatedAt: now, updatedBy: by, history: [...claim.history, ...entries] };
}

export function linkMethods(ctx: HandlerContext, catalog: SourceCatalog): Impl<LinkMethods> {
  return {
    attachSource: async ({ projectId, claimId, library, sourceId, passageId, relation, pinpoint, note }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const found = await catalog.find(projectId, library, sourceId);
      if (!found.ok) return found;
      const source = found.value;
      const passages = passageId ? await catalog.passages(projectId, library, source) : null;
      if (passages && !passages.ok) return passages;
      const passage = passages ? passages.value.find((p) => p.id === passageId) : null;
      if (passageId && !passage) return fail('not-found', `That passage is no longer in "${source.title}".`);
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const { library: _lib, ...plain } = source;
      void _lib;
      const logged = {
        action: 'claim.linked' as const,
        details: { relation, source: source.confidential ? 'confidential source' : source.title },
        claimId,
      };
      return ctx.change(
        projectId,
        (doc) => {
          let next = doc;
          if (library === 'personal') {
            // A snapshot: the project keeps the source's details and the passage's words even without the library.
            const snapshot = { ...plain, fromLibrary: source.id };
            next = { ...next, sources: replaceSource(next.sources, snapshot) };
            if (passage && !next.passages.some((p) => p.id === passage.id))
              next = { ...next, passages: [...next.passages, passage] };
          }
          const link: SourceLink = {
            id: ctx.deps.newId(),
            sourceId: source.id,
            passageId: passage?.id ?? null,
            relation,
            pinpoint: pinpoint ?? passage?.pinpoint.label ?? '',
            note: note ?? '',
            quotedText: passage?.text ?? '',
            addedAt: now,
            addedBy: by,
          };
          return withClaim(next, claimId, (claim) => {
            const twice = tiedAlready(claim, link, source.title);
            if (twice) return twice;
            return ok(
              relinked(claim, [...claim.links, link], by, now, [
                {
                  at: now,
                  by,
                  action: 'linked',
                  field: 'sources',
                  from: null,
                  to: `${relation}: ${source.title}${link.pinpoint ? ` (${link.pinpoint})` : ''}`,
                },
              ]),
            );
          });
        },
        logged,
      );
    },
    updateLink: async ({ projectId, claimId, linkId, patch }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const note = { action: 'claim.link-changed' as const, details: { linkId, ...patch }, claimId };
      return ctx.change(
        projectId,
        (doc) =>
          withLink(doc, claimId, linkId, (claim, link) => {
            const next = { ...link, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
            const changed = (['relation', 'pinpoint', 'note'] as const).filter((k) => next[k] !== link[k]);
            if (changed.length === 0) return ok(claim);
            const links = claim.links.map((l) => (l.id === linkId ? next : l));
            return ok(
              relinked(
                claim,
                links,
                by,
                now,
                changed.map((k) => ({
                  at: now,
                  by,
                  action: 'changed',
                  field: `link ${k}`,
                  from: link[k],
                  to: next[k],
                })),
              ),
            );
          }),
        note,
      );
    },
    detachSource: async ({ projectId, claimId, linkId }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const note = { action: 'claim.unlinked' as const, details: { linkId }, claimId };
      return ctx.change(
        projectId,
        (doc) =>
          withLink(doc, claimId, linkId, (claim, link) => {
            const title = doc.sources.find((s) => s.id === link.sourceId)?.title ?? 'a source';
            const entry: NewHistoryEntry = {
              at: now,
              by,
              action: 'unlinked',
              field: 'sources',
              from: `${link.relation}: ${title}`,
              to: null,
            };
            return ok(
              relinked(
                claim,
                claim.links.filter((l) => l.id !== linkId),
                by,
                now,
                [entry],
              ),
            );
          }),
        note,
      );
    },
  };
}
