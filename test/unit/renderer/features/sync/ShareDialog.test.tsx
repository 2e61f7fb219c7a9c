// @vitest-environment happy-dom
// The Share with the newsroom dialog over the real handlers and a project in a temp folder (no story server needed
// for these): a bad address and a missing password are refused with the handler's own sentence in an alert, the
// password field is emptied once Share is pressed, every field is labelled, and a read-only project says in a
// sentence that it cannot be shared from here.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validatedApi } from '../../../../../electron/api/validated-call';
import { MemoryCookieStore } from '../../../../../electron/sync/cookie-store';
import { ShareDialog, parseMembers } from '../../../../../renderer/features/sync/ShareDialog';
import { renderWithApi, tempProject } from '../../project-fixture';

const noPassword = { sync: { cookies: new MemoryCookieStore(), retryMs: 500 } };

describe('ShareDialog', () => {
  it('refuses a bad address and a missing password with the handler sentence, and never keeps the password', async () => {
    const { bridge: raw, handlers, projectId } = await tempProject('Rent rose 12 percent.', [], noPassword);
    // Through the contract's validators, as every door into the handlers calls them.
    const bridge = { ...raw, api: validatedApi(handlers) };
    let closed = 0;
    const { user } = renderWithApi(
      bridge,
      <ShareDialog projectId={projectId} readOnly={false} onClose={() => (closed += 1)} />,
    );
    const server = screen.getByLabelText('Story server address');
    expect(document.activeElement).toBe(server);
    await user.type(server, 'ftp://stories.example.org');
    await user.type(screen.getByLabelText('User name'), 'ann');
    const password = screen.getByLabelText<HTMLInputElement>('Password');
    expect(password.type).toBe('password');
    await user.type(password, 'ann-secret-pw');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/http:\/\/ or https:\/\//);
    expect(alert.textContent).not.toContain('ann-secret-pw');
    expect(password.value).toBe('');

    await user.clear(server);
    await user.type(server, 'http://127.0.0.1:9');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // No password and no kept session: the window asks for the password in its field, which then has the focus; the
    // command line's FACTDESK_SYNC_PASSWORD is no business of a window's user.
    const needed = await screen.findByText(/Type the password for ann on the story server at 127\.0\.0\.1:9/);
    expect(needed.textContent).not.toContain('FACTDESK_SYNC_PASSWORD');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(closed).toBe(0);
  });

  it('says a read-only project cannot be shared from here', async () => {
    const { bridge, projectId } = await tempProject('Rent rose 12 percent.', [], noPassword);
    renderWithApi(bridge, <ShareDialog projectId={projectId} readOnly onClose={() => undefined} />);
    expect(screen.getByText(/open read-only here, so it cannot be shared/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.queryByLabelText('Password')).toBeNull();
  });

  it('reads team members as comma-separated user names', () => {
    expect(parseMembers(' bob, cleo ,, dana')).toEqual(['bob', 'cleo', 'dana']);
    expect(parseMembers('  ')).toEqual([]);
  });
});
