/**
 * The groups browser against the built console server and the seeded sandbox: no mocks.
 */
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { expect, test } from './fixtures/test';

test.describe('groups browser', () => {
  test('lists the seeded groups with their daemon status', async ({ page }) => {
    const groups = new GroupsPage(page);
    await groups.open();
    await expect(groups.link('Egeria:IntegrationGroup:Default')).toBeVisible();
    await expect(groups.count).toHaveText('7 groups');
    await expect(groups.row('Egeria:IntegrationGroup:OpenLineage')).toContainText(
      'lineage-daemon: Running',
    );
    await expect(groups.row('Egeria:IntegrationGroup:UnityCatalog')).toContainText('Not running');
  });

  test('searches by name and keeps the search in the URL', async ({ page }) => {
    const groups = new GroupsPage(page);
    await groups.open();
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
    const groups = new GroupsPage(page);
    await groups.open();
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
    const group = new GroupPage(page);
    await group.open('CocoPharma:IntegrationGroup:Données cliniques');
    await expect(group.heading).toHaveText('Données cliniques');
    await expect(page.getByText('<b>not bold</b>', { exact: false })).toBeVisible();
    await expect(page.locator('b', { hasText: 'not bold' })).toHaveCount(0);
    await expect(group.connectorRow('Moniteur des données patients')).toBeVisible();
  });

  test('shows a not-found page for an unknown group and for an unknown route', async ({ page }) => {
    const group = new GroupPage(page);
    await group.open('CocoPharma:IntegrationGroup:Nope/with slash');
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
  }) => {
    test.info().annotations.push({ type: 'expected-console-error', description: 'status of 502' });
    const groups = new GroupsPage(page);
    await groups.open();
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
    await expect(page.getByText('Egeria OMAG Server Platform (version 5.3')).toBeVisible();
  });
});
