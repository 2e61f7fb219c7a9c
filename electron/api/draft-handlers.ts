// Handlers for the draft: import and paste (new versions re-anchor claims), suggestions, re-attaching orphans,
// version text and comparison, and the project's people list.
import { readFile } from 'node:fs/promises';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { DraftImportOutcome, SuggestionView } from '../../shared/api/views';
import { filterDismissed, suggestClaims } from '../../shared/detect';
import { applyDraftText, applyMark, applyReattach } from '../../shared/edits/project-edits';
import { currentDraft } from '../../shared/model/project';
import type { ProjectDoc } from '../../shared/model/project';
import { diffWords, summarizeDiff } from '../../shared/text/word-diff';
import { importDraft, importDraftFile } from '../importers/import-draft';
import { importPastedText } from '../importers/import-paste';
import type { ImportedDraft } from '../importers/types';
import { importReply } from './handler-context';
import type { HandlerContext, Impl } from './handler-context';

type DraftMethods =
  | 'setDraftText'
  | 'setDraftFile'
  | 'pickFile'
  | 'importDraft'
  | 'pasteDraft'
  | 'getSuggestions'
  | 'acceptSuggestions'
  | 'dismissSuggestions'
  | 'reattachClaim'
  | 'getDraftVersion'
  | 'compareDrafts'
  | 'updateProjectSettings';

/** Suggestions of the current draft that are neither claims already nor dismissed. */
export function openSuggestions(doc: ProjectDoc): SuggestionView[] {
  const draft = currentDraft(doc);
  if (!draft) return [];
  const claimed = new Set(
    doc.claims.filter((c) => c.anchor.state !== 'orphaned').map((c) => `${c.anchor.start}:${c.anchor.end}`),
  );
  return filterDismissed(suggestClaims(draft.text), doc.dismissedSuggestions, draft.text).filter(
    (s) => !claimed.has(`${s.start}:${s.end}`),
  );
}

/** A UTF-8 plain-text file as text (without a byte-order mark); anything else is refused with a sentence. */
async function readUtf8Text(path: string): Promise<Result<string>> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return fail('not-found', `${path} does not exist or cannot be read.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      'invalid-file',
      `${path} is not UTF-8 text; save it as UTF-8 and try again. The project was not changed.`,
    );
  }
  if (text.includes('\u0000'))
    return fail('invalid-file', `${path} holds binary data, not text. The project was not changed.`);
  return ok(text.replace(/^\uFEFF/, ''));
}

export function draftMethods(ctx: HandlerContext): Impl<DraftMethods> {
  async function setDraft(projectId: string, draft: ImportedDraft): Promise<Result<DraftImportOutcome>> {
    const session = ctx.session(projectId);
    if (!session.ok) return session;
    const by = await ctx.userName();
    let counts: DraftImportOutcome['reanchored'] = null;
    const applied = session.value.update((doc) => {
      const result = applyDraftText(doc, {
        text: draft.text,
        origin: draft.origin,
        format: draft.format,
        blocks: draft.blocks,
        by,
        now: ctx.deps.now(),
        newId: ctx.deps.newId,
      });
      counts = result.counts;
      return ok(result.doc);
    });
    if (!applied.ok) return applied;
    const doc = session.value.doc;
    const reanchored = counts as DraftImportOutcome['reanchored'];
    const recorded = await ctx.record(projectId, 'draft.version', {
      version: doc.drafts.at(-1)?.number ?? 1,
      origin: draft.origin,
      ...(reanchored ? { exact: reanchored.exact, changed: reanchored.changed, orphaned: reanchored.orphaned } : {}),
    });
    if (!recorded.ok) return recorded;
    const view = ctx.changed(projectId);
    return view.ok ? ok({ view: view.value, reanchored, warnings: draft.warnings }) : view;
  }

  /** The view part of a draft reply (setDraftText and setDraftFile answer only the view). */
  const viewOf = (outcome: Result<DraftImportOutcome>) => (outcome.ok ? ok(outcome.value.view) : outcome);

  return {
    setDraftText: async ({ projectId, text, origin }) => {
      const outcome = await setDraft(projectId, {
        text,
        blocks: [],
        format: 'txt',
        origin: origin ?? 'paste',
        warnings: [],
      });
      return viewOf(outcome);
    },
    setDraftFile: async ({ projectId, path }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const text = await readUtf8Text(path);
      if (!text.ok) return text;
      return viewOf(
        await setDraft(projectId, { text: text.value, blocks: [], format: 'txt', origin: path, warnings: [] }),
      );
    },
    pickFile: async ({ purpose }) => {
      if (!ctx.deps.dialogs) {
        return fail(
          'no-native-dialog',
          'This window cannot show a file picker: drop the file onto the window instead.',
        );
      }
      const picked = await ctx.deps.dialogs.pickFile(purpose);
      const [first] = picked ?? [];
      if (!picked || first === undefined) return fail('cancelled', 'No file was chosen.');
      return ok({ path: first, paths: picked });
    },
    importDraft: async ({ projectId, source, encoding }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const result =
        source.kind === 'path'
          ? await importDraftFile(source.path, encoding ? { encoding } : {})
          : await importDraft({
              bytes: Buffer.from(source.base64, 'base64'),
              fileName: source.fileName,
              ...(encoding ? { encoding } : {}),
            });
      const imported = importReply(result);
      return imported.ok ? setDraft(projectId, imported.value) : imported;
    },
    pasteDraft: async ({ projectId, text, html }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const pasted = importReply(importPastedText(text, html));
      return pasted.ok ? setDraft(projectId, pasted.value) : pasted;
    },
    getSuggestions: async ({ projectId }) => {
      const session = ctx.session(projectId);
      return session.ok ? ok(openSuggestions(session.value.doc)) : session;
    },
    acceptSuggestions: async ({ projectId, keys }) => {
      const wanted = new Set(keys);
      const by = await ctx.userName();
      const change = (doc: ProjectDoc): Result<ProjectDoc> => {
        let next = doc;
        for (const s of openSuggestions(doc)) {
          if (!wanted.has(s.key)) continue;
          const marked = applyMark(next, {
            start: s.start,
            end: s.end,
            kind: s.kind,
            by,
            now: ctx.deps.now(),
            id: ctx.deps.newId(),
          });
          if (!marked.ok) return marked;
          next = marked.value.doc;
        }
        return ok(next);
      };
      return ctx.change(projectId, change, { action: 'suggestions.accepted', details: { count: keys.length } });
    },
    dismissSuggestions: async ({ projectId, keys }) => {
      return ctx.change(
        projectId,
        (doc) => ok({ ...doc, dismissedSuggestions: [...new Set([...doc.dismissedSuggestions, ...keys])] }),
        { action: 'suggestions.dismissed', details: { count: keys.length } },
      );
    },
    reattachClaim: async ({ projectId, claimId, start, end }) => {
      const by = await ctx.userName();
      return ctx.change(projectId, (doc) => applyReattach(doc, { claimId, start, end, by, now: ctx.deps.now() }), {
        action: 'claim.reattached',
        details: { start, end },
        claimId,
      });
    },
    getDraftVersion: async ({ projectId, draftId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const d = session.value.doc.drafts.find((x) => x.id === draftId);
      if (!d) return fail('not-found', 'That draft version is not in this project.');
      return ok({ id: d.id, number: d.number, text: d.text });
    },
    compareDrafts: async ({ projectId, fromId, toId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const drafts = session.value.doc.drafts;
      const from = drafts.find((d) => d.id === fromId);
      const to = drafts.find((d) => d.id === toId);
      if (!from || !to) return fail('not-found', 'One of those draft versions is not in this project.');
      const ops = diffWords(from.text, to.text);
      const summary = summarizeDiff(ops);
      return ok({
        from: { id: from.id, number: from.number },
        to: { id: to.id, number: to.number },
        ops,
        added: summary.wordsAdded,
        removed: summary.wordsRemoved,
      });
    },
    updateProjectSettings: async ({ projectId, people }) => {
      return ctx.change(projectId, (doc) =>
        ok({ ...doc, settings: { ...doc.settings, ...(people ? { people: [...new Set(people)] } : {}) } }),
      );
    },
  };
}
