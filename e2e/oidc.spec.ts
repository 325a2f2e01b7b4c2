/**
 * Console sign-in through an OpenID Connect provider, in the browser: a real provider (the
 * certified oidc-provider package, its development login form) on loopback. The flow does not
 * depend on the Egeria dialect, so it runs once, against the 5.3 sandbox.
 */
import { GroupPage } from './pages/group-page';
import { startConsole, type ConsoleProcess } from './fixtures/console-process';
import { expect, test as base } from './fixtures/test';
import {
  OIDC_CLIENT,
  startOidcProvider,
  type OidcTestProvider,
} from '../src/server/testing/oidc-test-provider';

const test = base.extend<object, { consoleApp: ConsoleProcess; provider: OidcTestProvider }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function names
  signIn: async ({}, use) => use(false),
  provider: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function names
    async ({}, use) => {
      const provider = await startOidcProvider({
        maria: { name: 'Maria Operator', roles: ['operator'] },
      });
      await use(provider);
      await provider.close();
    },
    { scope: 'worker' },
  ],
  consoleApp: [
    async ({ provider }, use) => {
      const app = await startConsole({
        env: {
          OIDC_ISSUER: provider.issuer,
          OIDC_CLIENT_ID: OIDC_CLIENT.id,
          OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        },
      });
      const port = new URL(app.url).port;
      provider.ready(
        ['localhost', '127.0.0.1'].map((host) => `http://${host}:${port}/api/auth/oidc/callback`),
      );
      await use(app);
      await app.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

test.skip(({ dialect }) => dialect !== 'v5', 'the provider’s flow does not depend on the dialect');

test('signs in through the organisation’s provider and comes back to the page asked for', async ({
  page,
}) => {
  // The provider's development login page asks for things that are not there (it is not ours).
  for (const description of ['ERR_NAME_NOT_RESOLVED', 'status of 404'])
    test.info().annotations.push({ type: 'expected-console-error', description });
  const asked = `/p/sandbox/groups/${encodeURIComponent('CocoPharma:IntegrationGroup:ClinicalTrials')}`;
  await page.goto(asked);
  await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(asked)}`);
  await page.getByRole('link', { name: 'Sign in with your organisation’s account' }).click();

  // The provider's own (development) login page.
  await page.locator('input[name="login"]').fill('maria');
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();

  await expect(new GroupPage(page).heading).toHaveText('Clinical Trials');
  expect(new URL(page.url()).pathname).toBe(asked);
  await expect(page.getByRole('banner')).toContainText('Console user Maria Operator');
  await expect(page.getByRole('banner').locator('[data-console-role]')).toHaveText('operator');
});
