/**
 * The groups browser against the built console server and the seeded sandbox: no mocks. Runs once
 * per dialect (Playwright projects egeria-5.3 and egeria-6.x); the user is signed in on 6.x.
 */
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { SignInDialog } from './pages/sign-in-dialog';
import { expect, SANDBOX_USER, test } from './fixtures/test';

test.describe('groups browser', () => {
  test('lists the seeded groups with their daemon status', async ({ page }) => {
    const groups = await new GroupsPage(page).open();
    await expect(groups.link('Egeria:IntegrationGroup:Default')).toBeVisible();
    await expect(groups.count).toHaveText('7 groups');
    await expect(groups.row('Egeria:IntegrationGroup:OpenLineage')).toContainText(
      'lineage-daemon: Running',
    );
    await expect(groups.row('Egeria:IntegrationGroup:UnityCatalog')).toContainText('Not running');
  });

  test('searches by name and keeps the search in the URL', async ({ page }) => {
    const groups = await new GroupsPage(page).open();
    await groups.search.fill('kafka');
    await expect(groups.count).toHaveText('1 of 7 match');
    await expect(groups.link('Egeria:IntegrationGroup:ApacheKafka')).toBeVisible();
    await expect(page).toHaveURL(/\?q=kafka/);
    await page.reload();
    await expect(groups.search).toHaveValue('kafka');
    await expect(groups.link('Egeria:IntegrationGroup:Default')).toHaveCount(0);
  });

  test('opens a group and shows its connectors with live status and failure messages', async ({
    page,
  }) => {
    const groups = await new GroupsPage(page).open();
    await groups.link('CocoPharma:IntegrationGroup:ClinicalTrials').click();
    const group = new GroupPage(page);
    await expect(group.heading).toHaveText('Clinical Trials');
    await expect(group.connectorRow('ClinicalTrialsAPICataloguer')).toContainText('Running');
    await expect(group.connectorRow('HamptonLandingAreaMonitor')).toContainText('Waiting');
    const failed = group.connectorRow('OldMarketLandingAreaMonitor');
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText('BASIC-FILES-INTEGRATION-CONNECTORS-404-001');
  });

  test('follows a deep link to a group with non-ASCII characters and renders HTML as text', async ({
    page,
  }) => {
    const group = await new GroupPage(page).open('CocoPharma:IntegrationGroup:Données cliniques');
    await expect(group.heading).toHaveText('Données cliniques');
    await expect(page.getByText('<b>not bold</b>', { exact: false })).toBeVisible();
    await expect(page.locator('b', { hasText: 'not bold' })).toHaveCount(0);
    await expect(group.connectorRow('Moniteur des données patients')).toBeVisible();
  });

  test('shows a not-found page for an unknown group and for an unknown route', async ({ page }) => {
    await new GroupPage(page).open('CocoPharma:IntegrationGroup:Nope/with slash');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    await expect(page.getByText('CocoPharma:IntegrationGroup:Nope/with slash')).toBeVisible();
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  });
});

test.describe('platform health', () => {
  test('shows a banner while the platform is unreachable and recovers when it returns', async ({
    page,
    control,
    dialect,
  }) => {
    test.info().annotations.push({ type: 'expected-console-error', description: 'status of 502' });
    // A 6.x platform forgets its tokens when it restarts: the next call is refused (HTTP 401).
    if (dialect === 'v6')
      test
        .info()
        .annotations.push({ type: 'expected-console-error', description: 'status of 401' });
    const groups = await new GroupsPage(page).open();
    await control.platformDown();
    try {
      const banner = page.getByRole('alert').filter({ hasText: /unreachable/i });
      await expect(banner).toBeVisible({ timeout: 20_000 });
      await expect(banner).toContainText('CONSOLE-PROXY-502-001');
    } finally {
      await control.platformUp();
    }
    await expect(page.getByRole('alert').filter({ hasText: /unreachable/i })).toHaveCount(0, {
      timeout: 20_000,
    });
    const version = dialect === 'v6' ? '6.1' : '5.3';
    await expect(page.getByText(`Egeria OMAG Server Platform (version ${version}`)).toBeVisible();
    if (dialect === 'v6') {
      // The restart ended the sign-in: the console asks again, then carries on.
      const signIn = new SignInDialog(page);
      await expect(signIn.dialog).toBeVisible({ timeout: 20_000 });
      await expect(signIn.dialog).toContainText('ended');
      await signIn.signInWithKeyboard(SANDBOX_USER.password);
      await expect(signIn.dialog).toHaveCount(0);
      await expect(groups.count).toHaveText('7 groups');
    }
  });
});
