import { describe, expect, it } from 'vitest';
import { storySlug } from '../../../../shared/appendix/file-name';
import { defaultExportPath } from '../../../../renderer/features/export/export-state';

describe('storySlug', () => {
  it('keeps ASCII letters and digits, joins words with hyphens and drops accents', () => {
    expect(storySlug('Café budget: 12% rise!')).toBe('cafe-budget-12-rise');
  });

  it('cuts at 60 characters and falls back to "story" when nothing is left', () => {
    expect(storySlug('a'.repeat(80))).toHaveLength(60);
    expect(storySlug('¿¡ — !?')).toBe('story');
  });

  it('names the export dialog’s suggested file', () => {
    expect(defaultExportPath('/p/Story', 'Café budget', 'md')).toBe('/p/Story/exports/cafe-budget-appendix.md');
  });
});
