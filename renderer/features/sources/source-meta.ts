// The source details form as plain data: filled from a preview or an existing source, checked, and turned into the
// `meta` the Api takes (lists typed as comma-separated text, an empty date or URL as null).
import type { SourcePreview, SourceView } from '../../../shared/api/views';
import type { SourceType } from '../../../shared/model/source';
import { isWebAddress } from '../../../shared/model/source';

export interface MetaForm {
  title: string;
  type: SourceType;
  /** Comma-separated. */
  speakers: string;
  date: string;
  url: string;
  notes: string;
  /** Comma-separated. */
  tags: string;
  confidential: boolean;
}

export interface SourceMeta {
  title: string;
  type: SourceType;
  speakers: string[];
  date: string | null;
  url: string | null;
  notes: string;
  confidential: boolean;
  tags: string[];
}

/** The form for a file just previewed. */
export function metaFromPreview(preview: SourcePreview): MetaForm {
  return {
    title: preview.suggestedTitle,
    type: preview.suggestedType,
    speakers: preview.speakers.join(', '),
    date: '',
    url: '',
    notes: '',
    tags: '',
    confidential: false,
  };
}

/** The form for an existing source. */
export function metaFromSource(source: SourceView): MetaForm {
  return {
    title: source.title,
    type: source.type,
    speakers: source.speakers.join(', '),
    date: source.date ?? '',
    url: source.url ?? '',
    notes: source.notes,
    tags: source.tags.join(', '),
    confidential: source.confidential,
  };
}

/** Splits comma-separated text into trimmed, distinct, non-empty items. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/u)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Problems with the form, by field; empty when it can be saved. */
export function checkMeta(form: MetaForm): Partial<Record<keyof MetaForm, string>> {
  const problems: Partial<Record<keyof MetaForm, string>> = {};
  if (!form.title.trim()) problems.title = 'Give the source a title.';
  else if (form.title.trim().length > 500) problems.title = 'Keep the title under 500 characters.';
  if (form.date.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(form.date.trim())) {
    problems.date = 'Write the date as 2024, 2024-03 or 2024-03-05.';
  }
  const url = form.url.trim();
  if (url) {
    if (!isWebAddress(url)) problems.url = 'Write the full web address, starting with https://.';
  }
  return problems;
}

/** The form as the Api's meta. */
export function toMeta(form: MetaForm): SourceMeta {
  return {
    title: form.title.trim(),
    type: form.type,
    speakers: splitList(form.speakers),
    date: form.date.trim() || null,
    url: form.url.trim() || null,
    notes: form.notes,
    confidential: form.confidential,
    tags: splitList(form.tags),
  };
}
