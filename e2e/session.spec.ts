/**
 * Signing in to a 6.x platform (project egeria-6.x only): the dialog, wrong passwords, a sign-in
 * that ends (token expiry) and is renewed — on the pages and on the live status feed — signing
 * out, and the token never reaching the browser.
 */
import type { Response } from '@playwright/test';
import { DaemonPage } from './pages/daemon-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { SignInDialog } from './pages/sign-in-dialog';
import { expect, SANDBOX_USER, test } from './fixtures/test';

const PLATFORM_LABEL = 'Sandbox (Coco Pharmaceuticals)';

test.describe('signing in', () => {
  test.use({ signIn: false });

  test('asks for the password, signs in from the keyboard and shows the groups', async ({
    page,
  }) => {
    await page.goto('/p/sandbox/groups');
    const signIn = new SignInDialog(page);
    await expect(signIn.dialog).toBeVisible();
    await expect(signIn.dialog).toHaveAccessibleName(`Sign in to ${PLATFORM_LABEL}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Sign in to ${PLATFORM_LABEL}`,
    );
    await expect(signIn.userId).toHaveValue(SANDBOX_USER.userId);
    await expect(signIn.password).toBeFocused();

    // Tab stays inside the dialog.
    await page.keyboard.press('Tab');
    await expect(signIn.notNow).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(signIn.submit).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(signIn.userId).toBeFocused();

    await signIn.signInWithKeyboard(SANDBOX_USER.password);
    await expect(signIn.dialog).toHaveCount(0);
    const groups = new GroupsPage(page);
    await expect(groups.count).toHaveText('7 groups');
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${SANDBOX_USER.userId}`);
  });

  test('says clearly when the user id or password is wrong, and lets the user try again', async ({
    page,
  }) => {
    test.info().annotations.push({ type: 'expected-console-error', description: 'status of 401' });
    await page.goto('/p/sandbox/groups');
    const signIn = new SignInDialog(page);
    await signIn.signInWithKeyboard('not-the-password');
    await expect(signIn.refused).toBeVisible();
    await expect(signIn.refused).toContainText('CONSOLE-AUTH-401-002');
    await expect(signIn.password).toHaveValue('');
    await expect(signIn.dialog).toBeVisible();

    await signIn.signInWithKeyboard(SANDBOX_USER.password);
    await expect(signIn.dialog).toHaveCount(0);
    await expect(new GroupsPage(page).count).toHaveText('7 groups');
  });

  test('can be put off, and reopened from the page', async ({ page }) => {
    await page.goto('/p/sandbox/groups');
    const signIn = new SignInDialog(page);
    await expect(signIn.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(signIn.dialog).toHaveCount(0);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.dialog).toBeVisible();
  });
});

test.describe('an ended sign-in', () => {
  test('asks again when the token expires, then retries what failed', async ({ page, control }) => {
    test.info().annotations.push({ type: 'expected-console-error', description: 'status of 401' });
    const group = await new GroupPage(page).open('CocoPharma:IntegrationGroup:ClinicalTrials');
    await expect(group.connectorRow('ClinicalTrialsAPICataloguer')).toContainText('Running');

    await control.expireTokens();
    // The next live-status poll is refused; the console asks for the password again.
    await new SignInDialog(page).signInAgainAfterExpiry(SANDBOX_USER.password);
    await expect(page).toHaveURL(/ClinicalTrials/);
    await expect(group.connectorRow('ClinicalTrialsAPICataloguer')).toContainText('Running');
    expect(await control.liveTokens()).toHaveLength(1);
  });

  test('the live daemon view asks again when the token expires, then is fed live again', async ({
    page,
    control,
  }) => {
    test.info().annotations.push({ type: 'expected-console-error', description: 'status of 401' });
    const daemon = await new DaemonPage(page).open();
    await expect(daemon.freshness).toHaveAttribute('data-freshness', 'live');

    await control.expireTokens();
    // The status feed's next poll is refused: the console asks for the password again.
    await new SignInDialog(page).signInAgainAfterExpiry(SANDBOX_USER.password);

    // The feed's stream is open again, polled with the new sign-in: changes arrive live.
    await expect(daemon.freshness).toHaveAttribute('data-freshness', 'live', { timeout: 20_000 });
    await control.failConnector('SampleDataCataloguer', 'Endpoint sample-data is unavailable');
    await expect(daemon.status('SampleDataCataloguer')).toHaveAttribute('data-status', 'FAILED', {
      timeout: 20_000,
    });
    await expect(daemon.freshness).toHaveAttribute('data-freshness', 'live');
    expect(await control.liveTokens()).toHaveLength(1);
  });

  test('signs out: the console forgets the token and the platform no longer accepts it', async ({
    page,
    control,
    context,
    consoleApp,
  }) => {
    const groups = await new GroupsPage(page).open();
    await expect(groups.count).toHaveText('7 groups');
    const before = await control.liveTokens();

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Sign in to ${PLATFORM_LABEL}`,
    );
    await expect(new SignInDialog(page).dialog).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign in' })).toBeVisible();
    // Exactly this session's token was logged out on the platform, which now refuses it.
    const after = await control.liveTokens();
    const ended = before.filter((t) => !after.includes(t));
    expect(ended).toHaveLength(1);
    const refused = await fetch(
      `${consoleApp.sandboxUrl}/open-metadata/platform-services/server-platform/servers`,
      { headers: { authorization: `Bearer ${ended[0]}` } },
    );
    expect(refused.status).toBe(401);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('egeria_console_session');
  });
});

test.describe('the token', () => {
  test.use({ signIn: false });

  test('never reaches the browser: not in any answer, header or storage', async ({
    page,
    control,
    context,
  }) => {
    const answers: Array<Promise<string>> = [];
    page.on('response', (response: Response) => {
      answers.push(
        (async () => {
          const headers = JSON.stringify(await response.allHeaders());
          // An event stream never ends, so its body cannot be awaited here; the feed's own tests
          // prove it carries only report fields.
          const streaming = (response.headers()['content-type'] ?? '').includes(
            'text/event-stream',
          );
          const body =
            response.request().method() === 'OPTIONS' || streaming
              ? ''
              : await response.text().catch(() => '');
          return `${response.url()}\n${headers}\n${body}`;
        })(),
      );
    });
    await page.goto('/p/sandbox/groups');
    await new SignInDialog(page).signInWithKeyboard(SANDBOX_USER.password);
    await expect(new GroupsPage(page).count).toHaveText('7 groups');
    const group = await new GroupPage(page).open('CocoPharma:IntegrationGroup:ClinicalTrials');
    await expect(group.connectorRow('ClinicalTrialsAPICataloguer')).toBeVisible();

    // Every token the platform has issued and still honours, this page's among them.
    const tokens = await control.liveTokens();
    expect(tokens.length).toBeGreaterThan(0);
    const seen = await Promise.all(answers);
    expect(seen.length).toBeGreaterThan(5);
    for (const answer of seen) for (const token of tokens) expect(answer).not.toContain(token);

    // A string, so the Node-side type check does not need the DOM's types.
    const storage = await page.evaluate<string>(
      'JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie })',
    );
    for (const token of tokens) expect(storage).not.toContain(token);
    expect(storage).not.toContain('egeria_console_session');

    const cookie = (await context.cookies()).find((c) => c.name === 'egeria_console_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    for (const token of tokens) expect(token).not.toContain(cookie?.value ?? '');
  });
});
