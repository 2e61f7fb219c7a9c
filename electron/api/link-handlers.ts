// Handlers that tie sources to claims: attach (a personal-library passage is copied into the project first), change
// a link's relation, pinpoint or note, and detach. Each change is recorded in the claim's history.
import { FactdeskError } from '../../shared/api/result';
import type { Claim, NewHistoryEntry, SourceLink } from '../../shared/model/claim';
import type { ProjectDoc } from '../../shared/model/project';
import { replaceSource } from '../storage/library-store';
import type { HandlerContext, Impl } from './handler-context';
import type { SourceCatalog } from './source-catalog';

type LinkMethods = 'attachSource' | 'updateLink' | 'detachSource';

function withClaim(doc: ProjectDoc, claimId: string, change: (claim: Claim) => Claim): ProjectDoc {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) throw new FactdeskError('not-found', 'That claim no longer exists in this project.');
  const next = change(claim);
  return { ...doc, claims: doc.claims.map((c) => (c.id === claimId ? next : c)) };
}

export function linkMethods(ctx: HandlerContext, catalog: SourceCatalog): Impl<LinkMethods> {
  return {
    attachSource: async ({ projectId, claimId, library, sourceId, passageId, relation, pinpoint, note }) => {
      const session = ctx.session(projectId);
      const source = await catalog.find(projectId, library, sourceId);
      const passage = passageId
        ? (await catalog.passages(projectId, library, source)).find((p) => p.id === passageId)
        : null;
      if (passageId && !passage)
        throw new FactdeskError('not-found', `That passage is no longer in "${source.title}".`);
      const by = await ctx.userName();
      const now = ctx.deps.now();
      const { library: _lib, ...plain } = source;
      void _lib;
      session.update((doc) => {
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
        return withClaim(next, claimId, (claim) => ({
          ...claim,
          links: [...claim.links, link],
          updatedAt: now,
          updatedBy: by,
          history: [
            ...claim.history,
            {
              at: now,
              by,
              action: 'linked',
              field: 'sources',
              from: null,
              to: `${relation}: ${source.title}${link.pinpoint ? ` (${link.pinpoint})` : ''}`,
            } satisfies NewHistoryEntry,
          ],
        }));
      });
      await ctx.record(
        projectId,
        'claim.linked',
        { relation, source: source.confidential ? 'confidential source' : source.title },
        claimId,
      );
      return ctx.changed(projectId);
    },
    updateLink: async ({ projectId, claimId, linkId, patch }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      ctx.session(projectId).update((doc) =>
        withClaim(doc, claimId, (claim) => {
          const link = claim.links.find((l) => l.id === linkId);
          if (!link) throw new FactdeskError('not-found', 'That source is no longer tied to the claim.');
          const next = { ...link, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
          const changed = (['relation', 'pinpoint', 'note'] as const).filter((k) => next[k] !== link[k]);
          if (changed.length === 0) return claim;
          return {
            ...claim,
            links: claim.links.map((l) => (l.id === linkId ? next : l)),
            updatedAt: now,
            updatedBy: by,
            history: [
              ...claim.history,
              ...changed.map((k): NewHistoryEntry => ({
                at: now,
                by,
                action: 'changed',
                field: `link ${k}`,
                from: link[k],
                to: next[k],
              })),
            ],
          };
        }),
      );
      await ctx.record(projectId, 'claim.link-changed', { linkId, ...patch }, claimId);
      return ctx.changed(projectId);
    },
    detachSource: async ({ projectId, claimId, linkId }) => {
      const by = await ctx.userName();
      const now = ctx.deps.now();
      ctx.session(projectId).update((doc) =>
        withClaim(doc, claimId, (claim) => {
          const link = claim.links.find((l) => l.id === linkId);
          if (!link) throw new FactdeskError('not-found', 'That source is no longer tied to the claim.');
          const title = doc.sources.find((s) => s.id === link.sourceId)?.title ?? 'a source';
          return {
            ...claim,
            links: claim.links.filter((l) => l.id !== linkId),
            updatedAt: now,
            updatedBy: by,
            history: [
              ...claim.history,
              {
                at: now,
                by,
                action: 'unlinked',
                field: 'sources',
                from: `${link.relation}: ${title}`,
                to: null,
              } satisfies NewHistoryEntry,
            ],
          };
        }),
      );
      await ctx.record(projectId, 'claim.unlinked', { linkId }, claimId);
      return ctx.changed(projectId);
    },
  };
}
