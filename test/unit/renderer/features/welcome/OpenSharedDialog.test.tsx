// @vitest-environment happy-dom
// The Open a shared story dialog over the real handlers (no story server needed for these): a bad address and a
// missing password are refused with the handler's own sentence in an alert, Open asks for a story first, every field
// is labelled, and a story's label carries its title and claim count.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validatedApi } from '../../../../../electron/api/validated-call';
import { MemoryCookieStore } from '../../../../../electron/sync/cookie-store';
import { OpenSharedDialog, storyLabel } from '../../../../../renderer/features/welcome/OpenSharedDialog';
import { realBridge, renderWithApi } from '../../project-fixture';

describe('OpenSharedDialog', () => {
  it('refuses a bad address and a missing password in an alert, and asks for a story before opening', async () => {
    const real = await realBridge({ sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });
    // Through the contract's validators, as every door into the handlers calls them.
    const bridge = { ...real.bridge, api: validatedApi(real.handlers) };
    let opened = 0;
    const { user } = renderWithApi(
      bridge,
      <OpenSharedDialog
        nativeDialogs={false}
        onBrowse={async () => null}
        suggestFolder={async (title) => `/tmp/Factdesk/${title}`}
        listFolders={async () => ({ error: 'not listed here' })}
        onOpened={() => (opened += 1)}
        onClose={() => undefined}
      />,
    );
    const server = screen.getByLabelText('Story server address');
    expect(document.activeElement).toBe(server);
    await user.type(server, 'stories.example.org');
    await user.type(screen.getByLabelText('User name'), 'bob');
    const password = screen.getByLabelText<HTMLInputElement>('Password');
    expect(password.type).toBe('password');
    await user.click(screen.getByRole('button', { name: 'List stories' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/http:\/\/ or https:\/\//);

    await user.clear(server);
    await user.type(server, 'http://127.0.0.1:9');
    await user.click(screen.getByRole('button', { name: 'List stories' }));
    // No password and no kept session: the window asks for the password in its field, which then has the focus; the
    // command line's FACTDESK_SYNC_PASSWORD is no business of a window's user.
    const needed = await screen.findByText(/Type the password for bob on the story server at 127\.0\.0\.1:9/);
    expect(needed.textContent).not.toContain('FACTDESK_SYNC_PASSWORD');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));

    await user.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText('List the stories and choose one to open.');
    expect(screen.getByLabelText('Project folder')).toBeTruthy();
    expect(opened).toBe(0);
  });

  it('labels a story with its title, or its id before it has one, and its claims', () => {
    expect(storyLabel({ storyId: 'p1', database: 'factdesk-story-p1', title: 'Rent story', claims: 1 })).toBe(
      'Rent story (1 claim)',
    );
    expect(storyLabel({ storyId: 'p2', database: 'factdesk-story-p2', title: '', claims: 0 })).toBe(
      'Story p2 (0 claims)',
    );
  });
});
