// @vitest-environment happy-dom
// The import's own parts: the encoding question a real Windows-1252 file raises, answered in the dialog and
// imported again with the choice, and the banner that shows the import running and then what it did.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { importDraft } from '../../../../../electron/importers/import-draft';
import { EncodingDialog } from '../../../../../renderer/features/import/EncodingDialog';
import { ImportStatus } from '../../../../../renderer/features/import/ImportStatus';
import { initialImportState } from '../../../../../renderer/features/import/import-state';
import type { EncodingChoice } from '../../../../../renderer/features/import/import-state';

// "Café council" in Windows-1252: the é is byte 0xE9, which is not UTF-8.
const bytes = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' council met on Tuesday.')]);

describe('EncodingDialog', () => {
  it('asks the question the importer asks, and the choice imports the file with that encoding', async () => {
    const asked = await importDraft({ bytes: new Uint8Array(bytes), fileName: 'notes.txt' });
    expect(asked.ok).toBe(false);
    if (asked.ok) return;
    const choices = asked.error.details?.choices as EncodingChoice[];
    const chosen: EncodingChoice[] = [];
    const user = userEvent.setup();
    render(
      <EncodingDialog
        fileName="notes.txt"
        message={asked.error.message}
        choices={choices}
        onChoose={(encoding) => chosen.push(encoding)}
        onCancel={() => undefined}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Choose the text encoding' });
    expect(dialog.textContent).toContain('notes.txt is not UTF-8 or UTF-16 text.');
    expect((screen.getByRole('radio', { name: /Windows-1252/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: /Latin-1/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(chosen).toEqual(['latin1']);

    const imported = await importDraft({ bytes: new Uint8Array(bytes), fileName: 'notes.txt', encoding: chosen[0] });
    expect(imported.ok && imported.value.text).toBe('Café council met on Tuesday.');
  });

  it('Cancel leaves without choosing', async () => {
    const onChoose = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(
      <EncodingDialog
        fileName="notes.txt"
        message="Choose its encoding."
        choices={['windows-1252', 'latin1']}
        onChoose={onChoose}
        onCancel={onCancel}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onChoose).not.toHaveBeenCalled();
  });
});

describe('ImportStatus', () => {
  it('shows nothing when idle, progress while it runs, then the summary with its warnings and the way to orphans', async () => {
    const onShowOrphans = vi.fn();
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    const { container, rerender } = render(
      <ImportStatus state={initialImportState} onShowOrphans={onShowOrphans} onDismiss={onDismiss} />,
    );
    expect(container.childElementCount).toBe(0);

    rerender(
      <ImportStatus
        state={{ ...initialImportState, busy: { fileName: 'story.docx', step: 'importing' } }}
        onShowOrphans={onShowOrphans}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByRole('progressbar', { name: 'Importing story.docx...' })).toBeTruthy();

    rerender(
      <ImportStatus
        state={{
          ...initialImportState,
          summary: { title: 'Version 2: 1 exact, 1 orphaned', warnings: ['An image was left out.'], orphaned: 1 },
        }}
        onShowOrphans={onShowOrphans}
        onDismiss={onDismiss}
      />,
    );
    const summary = screen.getByRole('region', { name: 'Import summary' });
    expect(summary.textContent).toContain('Version 2: 1 exact, 1 orphaned');
    expect(screen.getByRole('list', { name: 'Import warnings' }).textContent).toBe('An image was left out.');
    await user.click(screen.getByRole('button', { name: 'Show orphaned claims' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onShowOrphans).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
