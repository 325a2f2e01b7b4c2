/**
 * The drift view against the built console and the sandbox in both dialects: a connector
 * unregistered while the daemon runs it shows as running but not registered, on the group's drift
 * view and as a mark on the graph, and refresh-config makes the difference go away.
 */
import { expect, test } from './fixtures/monitor-test';
import { GroupPage } from './pages/group-page';
import { LANDING_MONITOR, TRIALS } from './fixtures/demo-estate';

interface PageWindow {
  getComputedStyle(element: unknown, pseudo: string): { content: string };
}

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('a registration removed while running shows as drift until refresh-config', async ({
  page,
}) => {
  const group = await new GroupPage(page).open(TRIALS);
  await page.getByRole('link', { name: 'Drift', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Drift of ${TRIALS} in integration-daemon`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'No drift' })).toBeVisible();

  // Unregister through the console, leaving the daemon running the connector.
  await group.open(TRIALS);
  await group.unregister(LANDING_MONITOR);

  await group.open(TRIALS);
  await page.getByRole('link', { name: 'Drift', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'Running, not registered' });
  await expect(row).toContainText(LANDING_MONITOR);
  await expect(row).toContainText(`${TRIALS} registers no connector named ${LANDING_MONITOR}.`);
  await expect(row).toContainText(`${LANDING_MONITOR} is`);
  await expect(page.getByRole('status').filter({ hasText: '1 difference' })).toBeVisible();

  // The graph of the group marks it too.
  await page.getByRole('link', { name: 'Graph', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Drift' })).toContainText(
    `1 difference between integration-daemon and ${TRIALS}`,
  );
  const groupNode = page.locator('.react-flow__node-group > .gn').first();
  // Runs in the page; the Node type-check of the specs has no DOM types.
  const afterContent = () =>
    groupNode.evaluate((node) => {
      const view = (node as unknown as { ownerDocument: { defaultView: PageWindow } }).ownerDocument
        .defaultView;
      return view.getComputedStyle(node, '::after').content;
    });
  await expect.poll(afterContent).toContain('drift');
  await page.goBack();

  await row.getByRole('button', { name: `Refresh configuration (${LANDING_MONITOR})` }).click();
  await expect(page.getByRole('list', { name: 'Action results' })).toContainText(
    'accepted by integration-daemon',
  );
  await expect(page.getByRole('status').filter({ hasText: 'No drift' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('row').filter({ hasText: 'Running, not registered' })).toHaveCount(0);
});
