/**
 * Live monitoring against the built console server and the seeded sandbox, no mocks: the status
 * feed polls every STATUS_POLL_MS (1 s here), a connector made to fail shows within an interval,
 * restart brings it back, a daemon taken down makes the data stale and recovers, and two tabs are
 * fed by one poll.
 */
import type { Page } from '@playwright/test';
import { DaemonPage } from './pages/daemon-page';
import { expect, STATUS_POLL_MS, test } from './fixtures/monitor-test';
import type { SandboxControl } from './fixtures/sandbox-control';
import { DAEMON, SAMPLE_DATA_FAILURE } from './fixtures/demo-estate';

/** The sandbox's route of a daemon's status: 5.x names the user in the path, 6.x does not. */
const STATUS_ROUTE = {
  v5: 'GET /servers/:daemon/open-metadata/integration-daemon/users/:userId/status',
  v6: 'GET /servers/:daemon/open-metadata/integration-daemon/status',
};
/** One poll interval, plus what it takes the answer to reach the screen on a busy test machine. */
const WITHIN_ONE_INTERVAL = STATUS_POLL_MS + 1_500;

/** The daemon page, once it shows the connector RUNNING: where a test of a change starts. */
async function openWithRunning(page: Page, connector: string): Promise<DaemonPage> {
  const daemon = await new DaemonPage(page).open();
  await expect(daemon.status(connector)).toHaveAttribute('data-status', 'RUNNING');
  return daemon;
}

/** Makes the connector fail, and sees each page show it FAILED within one interval. */
async function failAndWatch(control: SandboxControl, connector: string, ...pages: DaemonPage[]) {
  await control.failConnector(connector, SAMPLE_DATA_FAILURE);
  for (const daemon of pages) {
    await expect(daemon.status(connector)).toHaveAttribute('data-status', 'FAILED', {
      timeout: WITHIN_ONE_INTERVAL,
    });
  }
}

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test.describe('daemon monitoring', () => {
  test('a connector made to fail shows FAILED within one interval, with its message explained', async ({
    page,
    control,
  }) => {
    const daemon = await openWithRunning(page, 'SampleDataCataloguer');
    await expect(daemon.freshness).toHaveAttribute('data-freshness', 'live');

    await failAndWatch(control, 'SampleDataCataloguer', daemon);
    await expect(daemon.row('SampleDataCataloguer')).toContainText(
      'Endpoint unknown or unavailable',
    );
    await expect(daemon.row('SampleDataCataloguer')).toContainText('OCF-CONNECTOR-404-001');

    await daemon.failures.getByText(/1 connector: endpoint unreachable \(sample-data\)/).click();
    await expect(daemon.failures).toContainText(
      'Verify that the endpoint information is correct and the server that supports it is operational',
    );
  });

  test('restart brings a failed connector back to RUNNING, and its history shows both', async ({
    page,
    control,
  }) => {
    const daemon = await new DaemonPage(page).open();
    await failAndWatch(control, 'SampleDataCataloguer', daemon);

    await daemon
      .row('SampleDataCataloguer')
      .getByRole('button', { name: 'Restart SampleDataCataloguer' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restart SampleDataCataloguer?' });
    await dialog.getByRole('button', { name: 'Restart', exact: true }).click();
    await expect(daemon.actionResults).toContainText('Done:');
    await expect(daemon.actionResults.locator('[data-status]').first()).toHaveAttribute(
      'data-status',
      'RUNNING',
    );
    await expect(daemon.status('SampleDataCataloguer')).toHaveAttribute('data-status', 'RUNNING');

    await daemon
      .row('SampleDataCataloguer')
      .getByRole('link', { name: 'SampleDataCataloguer' })
      .click();
    const timeline = page.getByRole('region', { name: 'Status history' });
    // Newest first (the worker's console keeps the history of earlier tests too).
    await expect(timeline.locator('li[data-status="FAILED"]').first()).toContainText(
      'OCF-CONNECTOR-404-001',
    );
    // The restart is marked on the first status of the new instance: RUNNING, or INITIALIZED when
    // a poll caught the connector starting. Either way it is newer than the failure, and the
    // newest entry is RUNNING.
    await expect(timeline.locator('li[data-status]').first()).toHaveAttribute(
      'data-status',
      'RUNNING',
    );
    await expect
      .poll(async () => {
        const entries = await timeline.locator('li[data-status]').evaluateAll((items) =>
          items.map((item) => ({
            status: item.getAttribute('data-status'),
            restarted: /Restarted/.test(item.textContent ?? ''),
          })),
        );
        const failed = entries.findIndex((entry) => entry.status === 'FAILED');
        const restarted = entries.findIndex((entry) => entry.restarted);
        return restarted >= 0 && restarted < failed;
      })
      .toBe(true);
  });

  test('the daemon taken down gives the stale banner, no crash, and recovery when it returns', async ({
    page,
    control,
  }) => {
    const daemon = await openWithRunning(page, 'FilesCataloguer');
    await control.daemonDown(DAEMON);
    try {
      await expect(daemon.staleBanner).toBeVisible({ timeout: WITHIN_ONE_INTERVAL });
      await expect(daemon.staleBanner).toContainText(
        `Stale: the status of ${DAEMON} cannot be read since`,
      );
      await expect(daemon.staleBanner).toContainText('OMAG-MULTI-TENANT-404-001');
      await expect(
        page.getByRole('table', { name: `Connector reports of ${DAEMON} (stale)` }),
      ).toBeVisible();
      // The last known status stays on screen, labelled, and the page keeps working.
      await expect(daemon.status('FilesCataloguer')).toHaveAttribute('data-status', 'RUNNING');
      await daemon.counters.getByRole('button', { name: /^Failed/ }).click();
      await expect(page).toHaveURL(/status=FAILED/);
    } finally {
      await control.daemonUp(DAEMON);
    }
    await expect(daemon.staleBanner).toHaveCount(0, { timeout: 10_000 });
    await expect(daemon.freshness).toHaveAttribute('data-freshness', 'live');
    await expect(page.getByRole('table', { name: `Connector reports of ${DAEMON}` })).toBeVisible();
  });

  test('two tabs see the same change from one feed: one status call per interval', async ({
    context,
    control,
    dialect,
  }) => {
    const first = new DaemonPage(await context.newPage());
    const second = new DaemonPage(await context.newPage());
    await first.open();
    await second.open();
    await expect(first.freshness).toHaveAttribute('data-freshness', 'live');
    await expect(second.freshness).toHaveAttribute('data-freshness', 'live');

    await control.resetStats();
    const window = 5 * STATUS_POLL_MS;
    const started = Date.now();
    await failAndWatch(control, 'ClinicalTrialsAPICataloguer', first, second);
    await first.page.waitForTimeout(Math.max(0, window - (Date.now() - started)));
    const calls = (await control.stats())[STATUS_ROUTE[dialect]] ?? 0;
    const elapsed = Date.now() - started;
    // One call per interval for both tabs together (two tabs polling apart would make twice as many).
    expect(calls).toBeGreaterThanOrEqual(Math.floor(elapsed / STATUS_POLL_MS) - 1);
    expect(calls).toBeLessThanOrEqual(Math.ceil(elapsed / STATUS_POLL_MS) + 1);
  });

  test('the group page says how the status is read, at the interval the server polls', async ({
    page,
    control,
  }) => {
    await page.goto(
      `/p/sandbox/groups/${encodeURIComponent('CocoPharma:IntegrationGroup:ClinicalTrials')}`,
    );
    const freshness = page.locator('[data-freshness]');
    await expect(freshness).toHaveAttribute('data-freshness', 'live');
    await expect(freshness).toContainText(
      `Live: read by the console server every ${STATUS_POLL_MS / 1000} s`,
    );
    await control.failConnector('ClinicalTrialsAPICataloguer', SAMPLE_DATA_FAILURE);
    await expect(
      page.getByRole('row').filter({ hasText: 'ClinicalTrialsAPICataloguer' }),
    ).toContainText('Failed', { timeout: WITHIN_ONE_INTERVAL });
  });
});
