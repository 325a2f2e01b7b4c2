import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import groupsSearch from '../../../e2e/golden/6.1/12a-asset-maker-groups-search-no-string.json';
import type { PlatformInfo } from '../../egeria/platform-info';
import { failOnConsoleOutput } from '../../test/console-guard';
import { fakeConsoleHandlers } from '../../test/fake-console-ops';
import { renderApp } from '../../test/render-app';

failOnConsoleOutput();

const platform: PlatformInfo = {
  id: 'six',
  label: 'Coco 6.1',
  dialect: 'v6',
  userId: 'garygeeke',
  metadataServer: 'qs-metadata-store',
  viewServer: 'qs-view-server',
  daemons: [],
  sandbox: false,
};

const consoleError = (id: string, text: string, status: number) =>
  HttpResponse.json(
    {
      class: 'ConsoleErrorResponse',
      relatedHTTPCode: status,
      exceptionErrorMessageId: id,
      exceptionErrorMessage: `${id} ${text}`,
      exceptionErrorMessageParameters: ['six'],
      exceptionSystemAction: 'The request was not sent to the platform.',
      exceptionUserAction: 'Sign in, then retry.',
    },
    { status },
  );

/**
 * The console server's session API and operations, and a 6.x platform behind them whose calls the
 * console answers with its sign-in message while the user is not signed in.
 */
function fakeConsole() {
  const state = {
    signedIn: false,
    expired: false,
    groupSearches: 0,
    signOuts: 0,
    headers: [] as string[],
  };
  const handlers = [
    http.get('/api/platforms', () => HttpResponse.json({ platforms: [platform] })),
    ...fakeConsoleHandlers([platform]),
    http.get('/api/session/six', () =>
      HttpResponse.json({
        platformId: 'six',
        signInRequired: true,
        signedIn: state.signedIn,
        ...(state.signedIn || state.expired ? { userId: 'garygeeke' } : {}),
        ...(state.expired ? { expired: true } : {}),
      }),
    ),
    http.post('/api/session/six', async ({ request }) => {
      state.headers.push(request.headers.get('x-egeria-console') ?? '');
      const body = (await request.json()) as { userId: string; password: string };
      if (body.password !== 'secret')
        return consoleError(
          'CONSOLE-AUTH-401-002',
          'Platform six did not accept the user id garygeeke with that password',
          401,
        );
      state.signedIn = true;
      state.expired = false;
      return HttpResponse.json({
        platformId: 'six',
        signInRequired: true,
        signedIn: true,
        userId: body.userId,
      });
    }),
    http.delete('/api/session/six', ({ request }) => {
      state.headers.push(request.headers.get('x-egeria-console') ?? '');
      state.signOuts++;
      state.signedIn = false;
      return HttpResponse.json({ platformId: 'six', signInRequired: true, signedIn: false });
    }),
    http.get('/api/egeria/six/open-metadata/platform-services/server-platform/origin', () =>
      HttpResponse.text('Egeria OMAG Server Platform (version 6.1)'),
    ),
    http.post(
      '/api/egeria/six/servers/qs-view-server/api/open-metadata/asset-maker/software-capabilities/search',
      () => {
        state.groupSearches++;
        if (!state.signedIn) {
          state.expired = true;
          return consoleError('CONSOLE-AUTH-401-001', 'Sign in to platform six again', 401);
        }
        return HttpResponse.json({
          class: 'OpenMetadataRootElementsResponse',
          relatedHTTPCode: 200,
          elements: [groupsSearch.elements[0]],
        });
      },
    ),
  ];
  return { state, handlers };
}

// Each test signs in through the real dialog, loaded on demand: allow for slow machines.
describe('signing in to a 6.x platform', { timeout: 20_000 }, () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('asks for the password before showing anything, says when it is wrong, then shows the groups', async () => {
    const fake = fakeConsole();
    server.use(...fake.handlers);
    const { user } = renderApp('/p/six/groups');
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Coco 6.1' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sign in to Coco 6.1' }),
    ).toBeInTheDocument();
    expect(fake.state.groupSearches).toBe(0);
    expect(within(dialog).getByLabelText('User id')).toHaveValue('garygeeke');
    const password = within(dialog).getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());

    await user.type(password, 'wrong{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Wrong user id or password');
    expect(password).toHaveValue('');

    await user.type(password, 'secret{Enter}');
    expect(
      await screen.findByRole('link', { name: 'Egeria:IntegrationGroup:Default' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText(/Signed in as/)).toHaveTextContent(
      'Signed in as garygeeke',
    );
    expect(fake.state.headers).toEqual(['1', '1']);
  });

  it('shows required-field messages without calling the server', async () => {
    const fake = fakeConsole();
    server.use(...fake.handlers);
    const { user } = renderApp('/p/six/groups');
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    await user.clear(within(dialog).getByLabelText('User id'));
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await within(dialog).findByText('Enter a user id')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the password')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('User id')).toHaveAttribute('aria-invalid', 'true');
    expect(fake.state.headers).toEqual([]);
  });

  it('asks again when the platform refuses a call, then retries it', async () => {
    const fake = fakeConsole();
    fake.state.signedIn = true;
    server.use(...fake.handlers);
    const { user, queryClient } = renderApp('/p/six/groups');
    expect(
      await screen.findByRole('link', { name: 'Egeria:IntegrationGroup:Default' }),
    ).toBeInTheDocument();

    // The token expires: the next call is refused, and the console asks for the password again.
    fake.state.signedIn = false;
    await queryClient.refetchQueries({ queryKey: ['platform', 'six', 'server'] });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Sign in to Coco 6.1' },
      { timeout: 5_000 },
    );
    expect(dialog).toHaveTextContent('has ended');
    const searchesBefore = fake.state.groupSearches;

    await user.type(within(dialog).getByLabelText('Password'), 'secret{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('link', { name: 'Egeria:IntegrationGroup:Default' }),
    ).toBeInTheDocument();
    expect(fake.state.groupSearches).toBeGreaterThan(searchesBefore);
  });

  it('signs out from the header and hides the platform’s pages', async () => {
    const fake = fakeConsole();
    fake.state.signedIn = true;
    server.use(...fake.handlers);
    const { user } = renderApp('/p/six/groups');
    await screen.findByRole(
      'link',
      { name: 'Egeria:IntegrationGroup:Default' },
      { timeout: 5_000 },
    );
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Coco 6.1' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Egeria:IntegrationGroup:Default' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fake.state.signOuts).toBe(1);
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('dialog', { name: 'Sign in to Coco 6.1' })).toBeInTheDocument();
  });
});
