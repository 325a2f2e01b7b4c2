import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOnConsoleOutput } from '../test/console-guard';
import { fakePlatform, platformInfo } from '../test/fake-egeria';
import { groupElement, PLATFORM_ORIGIN } from '../test/fixtures/egeria-5.3';
import { demoPlatform } from '../test/estate';
import { fakeConsoleHandlers } from '../test/fake-console-ops';
import { setupFakeEgeria } from '../test/msw-server';
import { currentUrl, renderApp } from '../test/render-app';

failOnConsoleOutput();
const egeria = setupFakeEgeria();

afterEach(() => {
  vi.useRealTimers();
});

function productionPlatform() {
  return fakePlatform({
    info: platformInfo({ id: 'prod', label: 'Production', sandbox: false, daemons: [] }),
    groups: [groupElement({ qualifiedName: 'Prod:Only', displayName: 'Production only' })],
  });
}

describe('console shell', () => {
  it('opens the first platform\'s groups from "/" and shows the platform and its health in the header', async () => {
    egeria.serve(demoPlatform(), productionPlatform());
    renderApp('/');
    expect(await screen.findByText('12 groups')).toBeInTheDocument();
    expect(currentUrl()).toBe('/p/sandbox/groups');

    const header = screen.getByRole('banner');
    expect(
      within(header).getByRole('link', { name: 'Egeria Integration Console' }),
    ).toBeInTheDocument();
    expect(within(header).getByRole('combobox', { name: 'Platform' })).toHaveValue('sandbox');
    expect(within(header).getByText('sandbox', { selector: 'span' })).toBeInTheDocument();
    expect(await within(header).findByText(PLATFORM_ORIGIN)).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('switches platform from the header', async () => {
    egeria.serve(demoPlatform(), productionPlatform());
    const { user } = renderApp('/p/sandbox/groups');
    await screen.findByText('12 groups');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'Production');
    expect(await screen.findByText('1 group')).toBeInTheDocument();
    expect(currentUrl()).toBe('/p/prod/groups');
    expect(screen.getByRole('link', { name: 'Prod:Only' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).queryByText('sandbox', { selector: 'span' }),
    ).not.toBeInTheDocument();
  });

  it('names the platform with no selector when only one is configured', async () => {
    egeria.serve(demoPlatform());
    renderApp('/p/sandbox/groups');
    await screen.findByText('12 groups');
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('combobox', { name: 'Platform' })).not.toBeInTheDocument();
    expect(within(header).getByText('Sandbox')).toBeInTheDocument();
  });

  it('lists the configured platforms when the URL names an unknown one', async () => {
    egeria.serve(demoPlatform(), productionPlatform());
    renderApp('/p/nope/groups');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unknown platform' }),
    ).toBeInTheDocument();
    expect(screen.getByText('nope')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sandbox' })).toHaveAttribute(
      'href',
      '/p/sandbox/groups',
    );
    expect(screen.getByRole('link', { name: 'Production' })).toHaveAttribute(
      'href',
      '/p/prod/groups',
    );
  });

  it('shows a not-found page for any other address', async () => {
    egeria.serve(demoPlatform());
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
  });

  it('says so when no platform is configured', async () => {
    egeria.serve();
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No platforms configured' }),
    ).toBeInTheDocument();
  });

  it('sends a signed-out user to the console’s sign-in, then back to the page they asked for', async () => {
    const platform = demoPlatform();
    const signedIn = fakeConsoleHandlers([platform.info], { role: 'editor', userName: 'edith' });
    const logins: unknown[] = [];
    egeria.serve(platform);
    egeria.server.use(
      http.get('/api/me', () =>
        HttpResponse.json({
          signInRequired: true,
          signedIn: logins.length > 1,
          methods: ['password', 'oidc'],
          roles: { sandbox: logins.length > 1 ? 'editor' : null },
          ...(logins.length > 1 ? { user: { name: 'edith', via: 'users-file' } } : {}),
        }),
      ),
      http.post('/api/auth/login', async ({ request }) => {
        logins.push(await request.json());
        if (logins.length === 1)
          return HttpResponse.json(
            {
              relatedHTTPCode: 401,
              exceptionErrorMessageId: 'CONSOLE-AUTH-401-004',
              exceptionErrorMessage: 'CONSOLE-AUTH-401-004 The user name or password is not right',
              exceptionUserAction: 'Check the user name and the password.',
            },
            { status: 401 },
          );
        return HttpResponse.json({
          signInRequired: true,
          signedIn: true,
          methods: ['password', 'oidc'],
          user: { name: 'edith', via: 'users-file' },
          roles: { sandbox: 'editor' },
        });
      }),
    );
    const { user } = renderApp(
      '/p/sandbox/groups/Egeria%3AIntegrationGroup%3ADefault?status=FAILED',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to the console' }),
    ).toBeInTheDocument();
    expect(currentUrl()).toBe(
      `/signin?next=${encodeURIComponent('/p/sandbox/groups/Egeria%3AIntegrationGroup%3ADefault?status=FAILED')}`,
    );
    expect(
      screen.getByRole('link', { name: 'Sign in with your organisation’s account' }),
    ).toHaveAttribute(
      'href',
      `/api/auth/oidc/login?next=${encodeURIComponent('/p/sandbox/groups/Egeria%3AIntegrationGroup%3ADefault?status=FAILED')}`,
    );

    await user.type(screen.getByLabelText('User name'), 'edith');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/The user name or password is not right/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');

    egeria.server.use(...signedIn);
    await user.type(screen.getByLabelText('Password'), 'edith-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Default' })).toBeInTheDocument();
    expect(currentUrl()).toBe(
      '/p/sandbox/groups/Egeria%3AIntegrationGroup%3ADefault?status=FAILED',
    );
    expect(logins).toEqual([
      { name: 'edith', password: 'wrong' },
      { name: 'edith', password: 'edith-password' },
    ]);
    const header = screen.getByRole('banner');
    expect(within(header).getByText('edith')).toBeInTheDocument();
    expect(within(header).getByText('editor')).toBeInTheDocument();
  });

  it('says in the header when the console is for local use without sign-in', async () => {
    egeria.serve(demoPlatform());
    renderApp('/p/sandbox/groups');
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('Local use · no sign-in')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Audit log' })).toHaveAttribute(
      'href',
      '/audit',
    );
  });

  it('explains when the console server cannot list its platforms', async () => {
    egeria.server.use(
      ...fakeConsoleHandlers([]),
      http.get('/api/platforms', () =>
        HttpResponse.json(
          { status: 500, error: 'Internal Server Error', message: 'config unreadable' },
          { status: 500 },
        ),
      ),
    );
    renderApp('/');
    const panel = await screen.findByRole('alert', { name: 'The console could not start' });
    expect(
      within(panel).getByText(/HTTP 500 Internal Server Error: config unreadable/),
    ).toBeInTheDocument();
  });

  it('shows an unreachable platform in an alert that goes away by itself when the platform answers again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const platform = demoPlatform({ origin: null });
    egeria.serve(platform);
    renderApp('/p/sandbox/groups');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^.?Platform Sandbox is unreachable: .+\. Showing no live data\./,
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Unreachable')).toBeInTheDocument();

    platform.origin = PLATFORM_ORIGIN;
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      await within(screen.getByRole('banner')).findByText(PLATFORM_ORIGIN),
    ).toBeInTheDocument();

    // Down again: the next regular poll (10 s) notices.
    platform.origin = null;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Platform Sandbox is unreachable/);
  });

  it('checks again at once when Retry is pressed', async () => {
    const platform = demoPlatform({ origin: null });
    egeria.serve(platform);
    const { user } = renderApp('/p/sandbox/groups');
    const alert = await screen.findByRole('alert');
    platform.origin = PLATFORM_ORIGIN;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(screen.getByRole('banner')).findByText(PLATFORM_ORIGIN),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('moves focus to the main content from the skip link', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp('/p/sandbox/groups');
    await screen.findByText('12 groups');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(currentUrl()).toBe('/p/sandbox/groups');
  });
});
