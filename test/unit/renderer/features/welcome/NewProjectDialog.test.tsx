// @vitest-environment happy-dom
// The New project dialog over the real handlers: the folder follows the title as it is typed, and stops following
// it once the user focuses or edits the folder field, so a suggestion still on its way, or one answered just before the
// focus and not yet drawn, can never land between the field's select-all and the typing.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { NewProjectDialog } from '../../../../../renderer/features/welcome/NewProjectDialog';
import { realBridge, renderWithApi, value } from '../../project-fixture';

/** The real suggestion, held back until `release` runs: the seam for "the suggestion arrives late". */
function heldSuggestions() {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  /** The titles whose suggestion has been answered, in order. */
  const answered: string[] = [];
  return {
    answered,
    wait: () => held,
    release: () => release(),
  };
}

function DialogHost({ gate }: { gate: ReturnType<typeof heldSuggestions> | null }) {
  const api = useApi();
  async function suggestFolder(title: string, parent?: string) {
    await gate?.wait();
    const result = await api.suggestProjectFolder({ title, ...(parent ? { parent } : {}) });
    gate?.answered.push(title);
    return result.ok ? result.value.path : null;
  }
  return (
    <NewProjectDialog
      nativeDialogs={false}
      busy={false}
      error={null}
      onCreate={() => undefined}
      onBrowse={() => Promise.resolve(null)}
      suggestFolder={suggestFolder}
      listFolders={() => Promise.resolve({ error: 'not listed here' })}
      onClose={() => undefined}
    />
  );
}

/** Lets the dialog's handler of an answered suggestion run (it waits on the promise the host returned). */
const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const folderBox = () => screen.getByRole('textbox', { name: 'Project folder' }) as HTMLInputElement;

/**
 * The dialog over the real handlers, every folder suggestion it asks for held until the test answers it (`asked`),
 * the real answer at hand (`suggest`), and the folders it created projects in.
 */
async function heldDialog() {
  const { bridge } = await realBridge();
  const suggest = async (title: string) => value(await bridge.api.suggestProjectFolder({ title })).path;
  const asked: { title: string; answer: (folder: string | null) => void }[] = [];
  const created: string[] = [];
  const { user } = renderWithApi(
    bridge,
    <NewProjectDialog
      nativeDialogs={false}
      busy={false}
      error={null}
      onCreate={(folder) => created.push(folder)}
      onBrowse={() => Promise.resolve(null)}
      suggestFolder={(title) => new Promise((answer) => asked.push({ title, answer }))}
      listFolders={() => Promise.resolve({ error: 'not listed here' })}
      onClose={() => undefined}
    />,
  );
  return { suggest, asked, created, user };
}

describe('NewProjectDialog', () => {
  it('suggests a folder named after the title as it is typed', async () => {
    const { bridge } = await realBridge();
    const { user } = renderWithApi(bridge, <DialogHost gate={null} />);
    await user.type(screen.getByRole('textbox', { name: 'Story title' }), 'Budget vote');
    await waitFor(() => expect(folderBox().value).toMatch(/Factdesk[\\/]Budget vote$/));
  });

  it('applies no suggestion once the folder field has focus, even one asked for before', async () => {
    const { bridge } = await realBridge();
    const gate = heldSuggestions();
    const { user } = renderWithApi(bridge, <DialogHost gate={gate} />);
    await user.type(screen.getByRole('textbox', { name: 'Story title' }), 'Budget vote');
    await user.click(folderBox());
    gate.release();
    // The suggestions asked for while the title was typed arrive now, after the focus.
    await waitFor(() => expect(gate.answered).toContain('Budget vote'));
    await flush();
    expect(folderBox().value).toBe('');
    await user.type(folderBox(), '/stories/budget');
    expect(folderBox().value).toBe('/stories/budget');
  });

  it('keeps a folder typed over a suggestion when the title changes afterwards', async () => {
    const { bridge } = await realBridge();
    const gate = heldSuggestions();
    gate.release();
    const { user } = renderWithApi(bridge, <DialogHost gate={gate} />);
    const title = screen.getByRole('textbox', { name: 'Story title' });
    await user.type(title, 'Budget');
    await waitFor(() => expect(folderBox().value).toMatch(/Budget$/));
    // Select-all and type, as a user replacing the suggestion does; then a later title change must not undo it.
    await user.tripleClick(folderBox());
    await user.keyboard('/stories/budget');
    expect(folderBox().value).toBe('/stories/budget');
    await user.type(title, ' vote');
    await flush();
    expect(folderBox().value).toBe('/stories/budget');
    // The folder is the user's: the new title asks for no suggestion at all.
    expect(gate.answered).not.toContain('Budget vote');
  });

  it('never draws a suggestion that was applied just before the folder field took focus', async () => {
    const { suggest, asked, created, user } = await heldDialog();
    const title = screen.getByRole('textbox', { name: 'Story title' });
    fireEvent.change(title, { target: { value: 'Budget' } });
    await waitFor(() => expect(asked.map((request) => request.title)).toContain('Budget'));
    const budget = await suggest('Budget');
    await act(async () => asked.at(-1)!.answer(budget));
    expect(folderBox().value).toBe(budget);

    fireEvent.change(title, { target: { value: 'Budget vote' } });
    await waitFor(() => expect(asked.at(-1)!.title).toBe('Budget vote'));
    const late = await suggest('Budget vote');
    await act(async () => {
      asked.at(-1)!.answer(late);
      // The dialog's handler of the answer runs now and applies the suggestion, but React has not drawn it yet
      // when the folder field takes focus: the moment a loaded machine hits between a click and its select-all.
      await Promise.resolve();
      folderBox().focus();
      folderBox().select();
    });
    expect(folderBox().value).toBe(budget);
    await user.keyboard('/stories/budget');
    expect(folderBox().value).toBe('/stories/budget');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(created).toEqual(['/stories/budget']);
  });

  it('creates the project in the folder for the whole title when Enter comes before the last suggestion', async () => {
    const { suggest, asked, created } = await heldDialog();
    const title = screen.getByRole('textbox', { name: 'Story title' });
    fireEvent.change(title, { target: { value: 'Harbour bridge repairs: coun' } });
    await waitFor(() => expect(asked.at(-1)?.title).toBe('Harbour bridge repairs: coun'));
    const partial = await suggest('Harbour bridge repairs: coun');
    await act(async () => asked.at(-1)!.answer(partial));
    expect(folderBox().value).toBe(partial);
    // The rest of the title and Enter at once: the folder field still shows the half title's folder.
    fireEvent.change(title, { target: { value: 'Harbour bridge repairs: council vote' } });
    fireEvent.submit(title.closest('form')!);
    await waitFor(() =>
      expect(asked.filter((a) => a.title === 'Harbour bridge repairs: council vote')).not.toEqual([]),
    );
    const whole = await suggest('Harbour bridge repairs: council vote');
    await act(async () => {
      for (const request of asked) request.answer(request.title.endsWith('vote') ? whole : partial);
    });
    await waitFor(() => expect(created).toEqual([whole]));
    expect(whole).not.toBe(partial);
  });
});
