/**
 * The group page's actions and the one table, against the built console and the seeded sandbox:
 * Restart, Refresh and refresh-config from the group page with their outcome where the user acted
 * and as a toast (issue 15 items 1 and 5), and tables that fit 1280 px (groups, group, daemon,
 * daemons, drift, audit, bundle import plan), keep their header in view and remember their
 * columns and density (item 4).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DaemonPage } from './pages/daemon-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { expect, STATUS_POLL_MS, test } from './fixtures/monitor-test';
import {
  DAEMON,
  DEFAULT_GROUP,
  KAFKA,
  LANDING_MONITOR,
  SAMPLE_CATALOGUER,
  SAMPLE_DATA_FAILURE,
  TRIALS,
} from './fixtures/demo-estate';

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
  const group = await new GroupPage(page).open(DEFAULT_GROUP);
  const row = group.connectorRow(SAMPLE_CATALOGUER);
  await expect(row.locator('[data-status]').first()).toHaveAttribute('data-status', 'RUNNING');
  return row;
}

test.describe('actions from the group page', () => {
  test('restart and refresh a connector from its row: the outcome in the row and a toast, the page stays put', async ({
    page,
    control,
  }) => {
    const row = await runningRow(page);
    await control.failConnector(SAMPLE_CATALOGUER, SAMPLE_DATA_FAILURE);
    await expect(row.locator('[data-status]').first()).toHaveAttribute('data-status', 'FAILED', {
      timeout: STATUS_POLL_MS + 5_000,
    });

    await row.scrollIntoViewIfNeeded();
    const before = await scrollY(page);
    await row.getByRole('button', { name: `Restart ${SAMPLE_CATALOGUER}` }).click();
    const dialog = page.getByRole('dialog', { name: `Restart ${SAMPLE_CATALOGUER}?` });
    await dialog.getByRole('button', { name: 'Restart', exact: true }).click();
    await expect(toasts(page)).toContainText(`Restart ${SAMPLE_CATALOGUER}: accepted by ${DAEMON}`);
    const outcome = row.getByRole('list', { name: `Restart of ${SAMPLE_CATALOGUER}` });
    await expect(outcome).toContainText('Done:');
    await expect(outcome.locator('[data-status]')).toHaveAttribute('data-status', 'RUNNING');
    expect(await scrollY(page)).toBe(before);

    await row.getByRole('button', { name: `Refresh ${SAMPLE_CATALOGUER}` }).click();
    await expect(toasts(page)).toContainText(`Refresh ${SAMPLE_CATALOGUER}: accepted by ${DAEMON}`);
    await expect(row.getByRole('list', { name: `Refresh of ${SAMPLE_CATALOGUER}` })).toContainText(
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
    await row.getByRole('button', { name: `Refresh ${SAMPLE_CATALOGUER}` }).click();
    await expect(row.getByRole('list', { name: `Refresh of ${SAMPLE_CATALOGUER}` })).toContainText(
      `Refused: ${REFUSAL.messageId} ${REFUSAL.text}`,
    );
    const errors = toasts(page).locator('[aria-live="assertive"]');
    await expect(errors).toContainText(`Refresh ${SAMPLE_CATALOGUER}: refused by ${DAEMON}`);
    await expect(errors).toContainText(REFUSAL.messageId);
    await expect(errors).toContainText(REFUSAL.text);
    await expect(errors).toContainText(REFUSAL.userAction);
  });

  test("refresh-config of the group: the daemon's answer beside the button and as a toast", async ({
    page,
  }) => {
    await new GroupPage(page).open(DEFAULT_GROUP);
    await page.getByRole('button', { name: 'Refresh configuration' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Refresh the configuration of ${DEFAULT_GROUP}?`,
    });
    await dialog.getByRole('button', { name: 'Refresh configuration' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'reloading' })).toHaveText(
      `${DAEMON} is reloading the group’s configuration.`,
    );
    await expect(toasts(page)).toContainText(
      `Refresh the configuration of ${DEFAULT_GROUP}: accepted by ${DAEMON}`,
    );
  });
});

test.describe('tables', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /** Neither the page nor any table box scrolls sideways; every table is compact with a sticky header. */
  const fits = async (page: Page) => {
    const widths = (await page.evaluate(`({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tables: [...document.querySelectorAll('[data-table-id]')].map((box) => ({
        id: box.getAttribute('data-table-id'),
        overflow: box.scrollWidth - box.clientWidth,
        density: box.getAttribute('data-density'),
        header: getComputedStyle(box.querySelector('thead th')).position,
      })),
    })`)) as {
      page: number;
      tables: { id: string; overflow: number; density: string; header: string }[];
    };
    expect(widths.page).toBeLessThanOrEqual(0);
    expect(widths.tables.length).toBeGreaterThan(0);
    for (const { id, overflow, density, header } of widths.tables) {
      expect({ id, density, header }).toEqual({ id, density: 'compact', header: 'sticky' });
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  };

  test('nothing scrolls sideways at 1280 × 800: the groups list, a group and a daemon', async ({
    page,
  }) => {
    await new GroupsPage(page).open();
    await expect(page.getByRole('table', { name: 'Integration groups' })).toBeVisible();
    await fits(page);
    const group = await new GroupPage(page).open(DEFAULT_GROUP);
    await expect(group.connectorRow(SAMPLE_CATALOGUER)).toBeVisible();
    await fits(page);
    const daemon = await new DaemonPage(page).open();
    await expect(daemon.row(SAMPLE_CATALOGUER)).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Integration groups the daemon runs' }),
    ).toBeVisible();
    await fits(page);
  });

  test('nothing scrolls sideways at 1280 × 800: the daemons list, drift and the audit log', async ({
    page,
  }) => {
    await page.goto('/p/sandbox/daemons');
    const daemons = page.getByRole('table', { name: /^Integration daemons of / });
    await expect(daemons.getByRole('rowheader', { name: DAEMON })).toBeVisible();
    await expect(daemons.getByRole('row').nth(1)).not.toContainText('Reading…');
    await fits(page);

    // A registration removed while the daemon runs it: one difference in the drift table.
    const group = await new GroupPage(page).open(TRIALS);
    await group.unregister(LANDING_MONITOR);
    await page.goto(`/p/sandbox/daemons/${DAEMON}/drift?group=${encodeURIComponent(TRIALS)}`);
    const drift = page.getByRole('table', { name: `Drift of ${TRIALS} in ${DAEMON}` });
    await expect(drift.getByRole('row').filter({ hasText: LANDING_MONITOR })).toBeVisible();
    await fits(page);

    // The unregistration is in the audit log.
    await page.goto('/audit');
    const audit = page.getByRole('table', { name: 'Audit log entries' });
    // The log outlives the sandbox's reset: earlier specs' entries may be there too.
    await expect(
      audit.locator('tr[data-audit-operation="registration.remove"]').first(),
    ).toBeVisible();
    await fits(page);
  });

  test('nothing scrolls sideways at 1280 × 800: a bundle import plan before and after it runs', async ({
    page,
  }) => {
    const group = await new GroupPage(page).open(KAFKA);
    const download = await group.exportBundle();
    const file = join(mkdtempSync(join(tmpdir(), 'tables-spec-')), 'kafka.json');
    await download.saveAs(file);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      groups: Array<{ description?: string }>;
    };
    bundle.groups[0]!.description = 'Catalogs the Kafka estate (table width check)';
    writeFileSync(file, JSON.stringify(bundle));

    await page.goto('/p/sandbox/bundles/import');
    await page.getByLabel('Bundle file').setInputFiles(file);
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    const plan = page.getByRole('table', { name: 'What the import does to each element' });
    await expect(plan.getByRole('rowheader', { name: `Group ${KAFKA}` })).toBeVisible();
    await page.getByLabel('Show the elements left alone').check();
    await expect(plan.locator('tr[data-action="unchanged"]').first()).toBeVisible();
    await fits(page);

    await page.getByRole('button', { name: /^Apply \(1 change\)$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await expect(plan.getByRole('columnheader', { name: 'Result' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'The import is complete.' }),
    ).toBeVisible();
    await fits(page);
  });

  test('a sticky header, compact rows by default, and the columns and density chosen remembered', async ({
    page,
    context,
  }) => {
    const group = await new GroupPage(page).open(DEFAULT_GROUP);
    const box = page.locator('[data-table-id="group-connectors"]');
    await expect(box).toHaveAttribute('data-density', 'compact');
    await expect(group.connectorTable.getByRole('columnheader').first()).toHaveCSS(
      'position',
      'sticky',
    );

    await page
      .getByRole('button', { name: /^Comfortable rows in Connectors registered in/ })
      .click();
    await expect(box).toHaveAttribute('data-density', 'comfortable');
    await page.getByLabel(/^Columns of Connectors registered in/).click();
    await page.getByRole('checkbox', { name: 'Endpoint' }).uncheck();
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Endpoint' })).toHaveCount(
      0,
    );

    await page.reload();
    await expect(group.connectorRow(SAMPLE_CATALOGUER)).toBeVisible();
    await expect(box).toHaveAttribute('data-density', 'comfortable');
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Endpoint' })).toHaveCount(
      0,
    );
    await expect(group.connectorTable.getByRole('columnheader', { name: 'Type' })).toHaveCount(1);

    // The qualified name: its full text on hover and for screen readers, and a copy button.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const qualifiedName = group.connectorRow(SAMPLE_CATALOGUER).locator('[data-identifier]');
    const full = await qualifiedName.getAttribute('data-identifier');
    expect(full).toBeTruthy();
    await expect(qualifiedName).toHaveAttribute('title', full ?? '');
    await group
      .connectorRow(SAMPLE_CATALOGUER)
      .getByRole('button', { name: `Copy the qualified name ${full}` })
      .click();
    await expect(toasts(page)).toContainText('Copied the qualified name');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(full);
  });
});
