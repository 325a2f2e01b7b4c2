/**
 * The group page's actions and the one table, against the built console and the seeded sandbox:
 * Restart, Refresh and refresh-config from the group page with their outcome where the user acted
 * and as a toast (issue 15 items 1 and 5), and tables that fit 1280 px, keep their header in view
 * and remember their columns and density (item 4).
 */
import type { Page } from '@playwright/test';
import { DaemonPage } from './pages/daemon-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { expect, STATUS_POLL_MS, test } from './fixtures/monitor-test';

const GROUP = 'Egeria:IntegrationGroup:Default';
const CONNECTOR = 'SampleDataCataloguer';
const DAEMON = 'integration-daemon';
const FAILURE =
  'OCF-CONNECTOR-404-001 Endpoint sample-data in connection SampleDataConnection for connector instance 1 is either unknown or unavailable';
const REFUSAL = {
  relatedHTTPCode: 400,
  messageId: 'OMIS-INTEGRATION-DAEMON-400-003',
  text: 'The integration daemon integration-daemon has no connector called SampleDataCataloguer',
  userAction: 'Check the name of the connector and retry the request.',
};

test.beforeEach(async ({ control }) => {
  await control.reset();
});

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });
// Expressions as text: the specs are compiled without the DOM's types.
const scrollY = (page: Page) => page.evaluate('window.scrollY') as Promise<number>;

/** The connector's row on the group page, once the daemon reports it running. */
async function runningRow(page: Page) {
  const group = new GroupPage(page);
  await group.open(GROUP);
  const row = group.connectorRow(CONNECTOR);
  await expect(row.locator('[data-status]').first()).toHaveAttribute('data-status', 'RUNNING');
  return row;
}

test.describe('actions from the group page', () => {
  test('restart and refresh a connector from its row: the outcome in the row and a toast, the page stays put', async ({
    page,
    control,
  }) => {
    const row = await runningRow(page);
    await control.failConnector(CONNECTOR, FAILURE);
    await expect(row.locator('[data-status]').first()).toHaveAttribute('data-status', 'FAILED', {
      timeout: STATUS_POLL_MS + 5_000,
    });

    await row.scrollIntoViewIfNeeded();
    const before = await scrollY(page);
    await row.getByRole('button', { name: `Restart ${CONNECTOR}` }).click();
    const dialog = page.getByRole('dialog', { name: `Restart ${CONNECTOR}?` });
    await dialog.getByRole('button', { name: 'Restart', exact: true }).click();
    await expect(toasts(page)).toContainText(`Restart ${CONNECTOR}: accepted by ${DAEMON}`);
    const outcome = row.getByRole('list', { name: `Restart of ${CONNECTOR}` });
    await expect(outcome).toContainText('Done:');
    await expect(outcome.locator('[data-status]')).toHaveAttribute('data-status', 'RUNNING');
    expect(await scrollY(page)).toBe(before);

    await row.getByRole('button', { name: `Refresh ${CONNECTOR}` }).click();
    await expect(toasts(page)).toContainText(`Refresh ${CONNECTOR}: accepted by ${DAEMON}`);
    await expect(row.getByRole('list', { name: `Refresh of ${CONNECTOR}` })).toContainText(
      /Done:|Accepted/,
    );
    expect(await scrollY(page)).toBe(before);
  });

  test("a refused refresh shows Egeria's message id, text and user action in the row and in an assertive toast", async ({
    page,
    control,
  }) => {
    const row = await runningRow(page);
    await control.addFault({
      path: '/integration-connectors/refresh$',
      method: 'POST',
      times: 1,
      ffdc: REFUSAL,
    });
    await row.getByRole('button', { name: `Refresh ${CONNECTOR}` }).click();
    await expect(row.getByRole('list', { name: `Refresh of ${CONNECTOR}` })).toContainText(
      `Refused: ${REFUSAL.messageId} ${REFUSAL.text}`,
    );
    const errors = toasts(page).locator('[aria-live="assertive"]');
    await expect(errors).toContainText(`Refresh ${CONNECTOR}: refused by ${DAEMON}`);
    await expect(errors).toContainText(REFUSAL.messageId);
    await expect(errors).toContainText(REFUSAL.text);
    await expect(errors).toContainText(REFUSAL.userAction);
  });

  test("refresh-config of the group: the daemon's answer beside the button and as a toast", async ({
    page,
  }) => {
    const group = new GroupPage(page);
    await group.open(GROUP);
    await page.getByRole('button', { name: 'Refresh configuration' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Refresh the configuration of ${GROUP}?`,
    });
    await dialog.getByRole('button', { name: 'Refresh configuration' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'reloading' })).toHaveText(
      `${DAEMON} is reloading the group’s configuration.`,
    );
    await expect(toasts(page)).toContainText(
      `Refresh the configuration of ${GROUP}: accepted by ${DAEMON}`,
    );
  });
});

test.describe('tables', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('nothing scrolls sideways at 1280 × 800: the groups list, a group and a daemon', async ({
    page,
  }) => {
    const fits = async () => {
      const widths = (await page.evaluate(`({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        tables: [...document.querySelectorAll('[data-table-id]')].map(
          (box) => box.scrollWidth - box.clientWidth,
        ),
      })`)) as { page: number; tables: number[] };
      expect(widths.page).toBeLessThanOrEqual(0);
      expect(widths.tables.length).toBeGreaterThan(0);
      for (const overflow of widths.tables) expect(overflow).toBeLessThanOrEqual(0);
    };
    const groups = new GroupsPage(page);
    await groups.open();
    await expect(page.getByRole('table', { name: 'Integration groups' })).toBeVisible();
    await fits();
    const group = new GroupPage(page);
    await group.open(GROUP);
    await expect(group.connectorRow(CONNECTOR)).toBeVisible();
    await fits();
    const daemon = new DaemonPage(page);
    await daemon.open();
    await expect(daemon.row(CONNECTOR)).toBeVisible();
    await fits();
  });

  test('a sticky header, compact rows by default, and the columns and density chosen remembered', async ({
    page,
    context,
  }) => {
    const group = new GroupPage(page);
    await group.open(GROUP);
    const box = page.locator('[data-table-id="group-connectors"]');
    await expect(box).toHaveAttribute('data-density', 'compact');
    await expect(group.connectorTable.getByRole('columnheader').first()).toHaveCSS(
      'position',
      'sticky',
    );

    await page.getByRole('button', { name: 'Comfortable rows' }).click();
    await expect(box).toHaveAttribute('data-density', 'comfortable');
    await page.getByLabel(/^Columns of Connectors registered in/).click();
    await page.getByRole('checkbox', { name: 'Endpoint' }).uncheck();
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Endpoint' })).toHaveCount(
      0,
    );

    await page.reload();
    await expect(group.connectorRow(CONNECTOR)).toBeVisible();
    await expect(box).toHaveAttribute('data-density', 'comfortable');
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Endpoint' })).toHaveCount(
      0,
    );
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Type' })).toHaveCount(1);

    // The qualified name: its full text on hover and for screen readers, and a copy button.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const qualifiedName = group.connectorRow(CONNECTOR).locator('[data-identifier]');
    const full = await qualifiedName.getAttribute('data-identifier');
    expect(full).toBeTruthy();
    await expect(qualifiedName).toHaveAttribute('title', full ?? '');
    await group
      .connectorRow(CONNECTOR)
      .getByRole('button', { name: `Copy the qualified name ${full}` })
      .click();
    await expect(toasts(page)).toContainText('Copied the qualified name');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(full);
  });
});
