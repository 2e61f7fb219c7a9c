// Handlers for the draft: import and paste (new versions re-anchor claims), suggestions, re-attaching orphans,
// version text and comparison, and the project's people list.
import { readFile } from 'node:fs/promises';
import { FactdeskError } from '../../shared/api/result';
import type { DraftImportOutcome, SuggestionView } from '../../shared/api/views';
import { filterDismissed, suggestClaims } from '../../shared/detect';
import { applyDraftText, applyMark, applyReattach } from '../../shared/edits/project-edits';
import { currentDraft } from '../../shared/model/project';
import type { ProjectDoc } from '../../shared/model/project';
import { diffWords, summarizeDiff } from '../../shared/text/word-diff';
import { importDraft, importDraftFile } from '../importers/import-draft';
import { importPastedText } from '../importers/import-paste';
import type { ImportedDraft } from '../importers/types';
import { importReply, valueOf } from './handler-context';
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
async function readUtf8Text(path: string): Promise<string> {
  const bytes = await readFile(path).catch(() => {
    throw new FactdeskError('not-found', `${path} does not exist or cannot be read.`);
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FactdeskError(
      'invalid-file',
      `${path} is not UTF-8 text; save it as UTF-8 and try again. The project was not changed.`,
    );
  }
  if (text.includes('\u0000'))
    throw new FactdeskError('invalid-file', `${path} holds binary data, not text. The project was not changed.`);
  return text.replace(/^\uFEFF/, '');
}

export function draftMethods(ctx: HandlerContext): Impl<DraftMethods> {
  async function setDraft(projectId: string, draft: ImportedDraft): Promise<DraftImportOutcome> {
    const by = await ctx.userName();
    let counts: DraftImportOutcome['reanchored'] = null;
    ctx.session(projectId).update((doc) => {
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
      return result.doc;
    });
    const doc = ctx.session(projectId).doc;
    const reanchored = counts as DraftImportOutcome['reanchored'];
    await ctx.record(projectId, 'draft.version', {
      version: doc.drafts.at(-1)?.number ?? 1,
      origin: draft.origin,
      ...(reanchored ? { exact: reanchored.exact, changed: reanchored.changed, orphaned: reanchored.orphaned } : {}),
    });
    return { view: ctx.changed(projectId), reanchored, warnings: draft.warnings };
  }

  return {
    setDraftText: async ({ projectId, text, origin }) => {
      const outcome = await setDraft(projectId, {
        text,
        blocks: [],
        format: 'txt',
        origin: origin ?? 'paste',
        warnings: [],
      });
      return outcome.view;
    },
    setDraftFile: async ({ projectId, path }) => {
      ctx.session(projectId);
      const text = await readUtf8Text(path);
      const outcome = await setDraft(projectId, { text, blocks: [], format: 'txt', origin: path, warnings: [] });
      return outcome.view;
    },
    pickFile: async ({ purpose }) => {
      if (!ctx.deps.dialogs) {
        throw new FactdeskError(
          'no-native-dialog',
          'This window cannot show a file picker: drop the file onto the window instead.',
        );
      }
      const picked = await ctx.deps.dialogs.pickFile(purpose);
      const [first] = picked ?? [];
      if (!picked || first === undefined) throw new FactdeskError('cancelled', 'No file was chosen.');
      return { path: first, paths: picked };
    },
    importDraft: async ({ projectId, source, encoding }) => {
      ctx.session(projectId);
      const result =
        source.kind === 'path'
          ? await importDraftFile(source.path, encoding ? { encoding } : {})
          : await importDraft({
              bytes: Buffer.from(source.base64, 'base64'),
              fileName: source.fileName,
              ...(encoding ? { encoding } : {}),
            });
      return setDraft(projectId, valueOf(importReply(result)));
    },
    pasteDraft: async ({ projectId, text, html }) => {
      ctx.session(projectId);
      return setDraft(projectId, valueOf(importReply(importPastedText(text, html))));
    },
    getSuggestions: async ({ projectId }) => openSuggestions(ctx.session(projectId).doc),
    acceptSuggestions: async ({ projectId, keys }) => {
      const wanted = new Set(keys);
      const by = await ctx.userName();
      ctx.session(projectId).update((doc) => {
        let next = doc;
        for (const s of openSuggestions(doc)) {
          if (!wanted.has(s.key)) continue;
          next = valueOf(
            applyMark(next, {
              start: s.start,
              end: s.end,
              kind: s.kind,
              by,
              now: ctx.deps.now(),
              id: ctx.deps.newId(),
            }),
          ).doc;
        }
        return next;
      });
      await ctx.record(projectId, 'suggestions.accepted', { count: keys.length });
      return ctx.changed(projectId);
    },
    dismissSuggestions: async ({ projectId, keys }) => {
      ctx.session(projectId).update((doc) => ({
        ...doc,
        dismissedSuggestions: [...new Set([...doc.dismissedSuggestions, ...keys])],
      }));
      await ctx.record(projectId, 'suggestions.dismissed', { count: keys.length });
      return ctx.changed(projectId);
    },
    reattachClaim: async ({ projectId, claimId, start, end }) => {
      const by = await ctx.userName();
      ctx
        .session(projectId)
        .update((doc) => valueOf(applyReattach(doc, { claimId, start, end, by, now: ctx.deps.now() })));
      await ctx.record(projectId, 'claim.reattached', { start, end }, claimId);
      return ctx.changed(projectId);
    },
    getDraftVersion: async ({ projectId, draftId }) => {
      const d = ctx.session(projectId).doc.drafts.find((x) => x.id === draftId);
      if (!d) throw new FactdeskError('not-found', 'That draft version is not in this project.');
      return { id: d.id, number: d.number, text: d.text };
    },
    compareDrafts: async ({ projectId, fromId, toId }) => {
      const drafts = ctx.session(projectId).doc.drafts;
      const from = drafts.find((d) => d.id === fromId);
      const to = drafts.find((d) => d.id === toId);
      if (!from || !to) throw new FactdeskError('not-found', 'One of those draft versions is not in this project.');
      const ops = diffWords(from.text, to.text);
      const summary = summarizeDiff(ops);
      return {
        from: { id: from.id, number: from.number },
        to: { id: to.id, number: to.number },
        ops,
        added: summary.wordsAdded,
        removed: summary.wordsRemoved,
      };
    },
    updateProjectSettings: async ({ projectId, people }) => {
      ctx.session(projectId).update((doc) => ({
        ...doc,
        settings: { ...doc.settings, ...(people ? { people: [...new Set(people)] } : {}) },
      }));
      return ctx.changed(projectId);
    },
  };
}
