/**
 * The graph as a user first meets it (issue 15): it opens readable and fills the window (item 2),
 * keeps names at every zoom, says when a filter leaves nothing, brings a new link into view; its
 * selection, viewport and panels live in the URL, so Back, Forward and Reload return to them with
 * keyboard focus (item 3); the inspector restarts and refreshes the selected connector (item 5).
 */
import type { Page } from '@playwright/test';
import { GraphPage } from './pages/graph-page';
import { expect, test } from './fixtures/test';
import { POSTGRES, SERVER_CATALOGUER, TRIALS } from './fixtures/demo-estate';

test.use({ viewport: { width: 1440, height: 900 } });

/** The canvas's zoom, read from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  page.evaluate(
    `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`,
  ) as Promise<number>;

/** The viewport transform, to compare views before and after a reload. */
const transformOf = (page: Page) =>
  page.evaluate(
    `getComputedStyle(document.querySelector('.react-flow__viewport')).transform`,
  ) as Promise<string>;

const isFocused = (page: Page, selector: string) =>
  page.evaluate(
    `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`,
  ) as Promise<boolean>;

test.describe('graph opens readable', () => {
  test('at reading size, the canvas filling the window below the toolbar', async ({ page }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    const box = await graph.canvas.boundingBox();
    expect(box).not.toBeNull();
    // From below the toolbar to the window's bottom (a small margin under it).
    expect(box!.y).toBeLessThan(450);
    expect(box!.y + box!.height).toBeGreaterThan(900 - 32);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    // The smallest text of a node (its kind, 11 px) is drawn at least at its own size.
    const zoom = await zoomOf(page);
    const kindPx = Number(
      await page.evaluate(
        `parseFloat(getComputedStyle(document.querySelector('.react-flow__node-group .gn-kind')).fontSize)`,
      ),
    );
    expect(kindPx * zoom).toBeGreaterThanOrEqual(11);
    await expect(graph.node('Clinical Trials')).toBeInViewport();
  });

  test('names survive every zoom the controls reach', async ({ page }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    // Zoom out step by step to the furthest the control reaches, checking the names at each.
    let previous = await zoomOf(page);
    for (let i = 0; i < 20; i++) {
      await zoomOut.click();
      const moved = await expect
        .poll(() => zoomOf(page), { timeout: 2_000 })
        .not.toBe(previous)
        .then(() => true)
        .catch(() => false);
      if (!moved) break;
      previous = await zoomOf(page);
      if (previous < 0.45) {
        // Out of DOM text: the tiles' canvas names what it draws, at reading size.
        await expect
          .poll(() => page.locator('canvas.graph-tiles').getAttribute('data-labels'))
          .not.toBe('0');
      } else {
        await expect(graph.node('Clinical Trials').locator('.gn-label')).toBeVisible();
      }
    }
    expect(await zoomOf(page)).toBeLessThan(0.45);
    const labels = Number(await page.locator('canvas.graph-tiles').getAttribute('data-labels'));
    expect(labels).toBeGreaterThan(0);
  });

  test('a filter that leaves no connector says so and clears the inspector', async ({ page }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    await graph.node('OldMarketLandingAreaMonitor').click();
    await expect(graph.inspectorTitle).toHaveText('OldMarketLandingAreaMonitor');
    await graph.statusFilter.selectOption({ label: 'Stopped' });
    await expect(
      page.getByRole('status').filter({ hasText: 'No connector matches' }),
    ).toBeVisible();
    await expect(graph.inspector).toContainText('Select a node or an edge');
    await expect(page).not.toHaveURL(/focus=/);
    await expect(graph.summary).toContainText('shown');
  });

  test('a new catalog-target link is selected and brought into view', async ({ page, control }) => {
    await control.reset();
    try {
      const graph = await new GraphPage(page).open(POSTGRES);
      await graph.node(SERVER_CATALOGUER).click();
      await graph.inspector.getByRole('button', { name: 'Link a catalog target…' }).click();
      const chooser = page.getByRole('dialog', {
        name: `Link a catalog target to ${SERVER_CATALOGUER}`,
      });
      await chooser.getByRole('searchbox', { name: 'Search elements' }).fill('manufacturing');
      await chooser.getByRole('button', { name: 'Choose Manufacturing database server' }).click();
      const dialog = page.getByRole('dialog', { name: /^Link “Manufacturing database server”/ });
      await dialog.getByLabel('Catalog target name').fill('postgreSQLServer');
      await dialog.getByRole('button', { name: 'Review the request' }).click();
      await dialog.getByRole('button', { name: 'Link catalog target' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(graph.inspectorTitle).toHaveText('Catalog target');
      await expect(graph.property('Catalog target name')).toHaveText('postgreSQLServer');
      const edge = graph.edge(
        `Catalog target postgreSQLServer: ${SERVER_CATALOGUER} to CocoPharma:SoftwareServer:PostgreSQL:manufacturing-db`,
      );
      await expect(edge).toHaveCount(1);
      const canvas = (await graph.canvas.boundingBox())!;
      await expect
        .poll(async () => {
          const box = await edge.boundingBox();
          return (
            !!box &&
            box.x + box.width / 2 > canvas.x &&
            box.x + box.width / 2 < canvas.x + canvas.width &&
            box.y + box.height / 2 > canvas.y &&
            box.y + box.height / 2 < canvas.y + canvas.height
          );
        })
        .toBe(true);
    } finally {
      await control.reset();
    }
  });
});

test.describe('graph state in the URL', () => {
  test('Back, Forward and Reload restore selection, panels, viewport and keyboard focus', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    await graph.node('LabResultsMonitor').click();
    await expect(page).toHaveURL(/focus=LabResultsMonitor/);
    await graph.node('HamptonLandingAreaMonitor').click();
    await expect(page).toHaveURL(/focus=HamptonLandingAreaMonitor/);
    await page.getByRole('button', { name: 'Asset palette' }).click();
    await expect(page.getByRole('complementary', { name: 'Asset palette' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('complementary', { name: 'Asset palette' })).toHaveCount(0);
    await expect(graph.inspectorTitle).toHaveText('HamptonLandingAreaMonitor');
    await page.goBack();
    await expect(graph.inspectorTitle).toHaveText('LabResultsMonitor');
    await expect.poll(() => isFocused(page, '.graph-canvas .react-flow')).toBe(true);
    await page.goForward();
    await expect(graph.inspectorTitle).toHaveText('HamptonLandingAreaMonitor');

    // Panning is recorded (replaced, not a history step) and a reload comes back to it.
    await graph.canvas.focus();
    await graph.canvas.press('ArrowRight');
    await graph.canvas.press('ArrowDown');
    await expect(page).toHaveURL(/at=/);
    const before = await transformOf(page);
    await page.reload();
    await graph.summary.waitFor();
    await expect(graph.inspectorTitle).toHaveText('HamptonLandingAreaMonitor');
    await expect.poll(() => transformOf(page)).toBe(before);
    await expect.poll(() => isFocused(page, '.graph-canvas .react-flow')).toBe(true);
  });

  test('the tree view and an edge selection come back too, focus on the selected item', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(TRIALS, '?view=tree');
    await graph.treeItem(/^Connector: LabResultsMonitor/).click();
    await expect(page).toHaveURL(/focus=LabResultsMonitor/);
    await graph.inspector
      .getByRole('button', { name: /^Registration .*“LabResultsMonitor”/ })
      .first()
      .click();
    await expect(graph.inspectorTitle).toHaveText(/^Registration/);
    await expect(page).toHaveURL(/sel=registration/);
    await page.reload();
    await graph.summary.waitFor();
    await expect(graph.inspectorTitle).toHaveText(/^Registration/);
    await page.goBack();
    await expect(graph.inspectorTitle).toHaveText('LabResultsMonitor');
    await expect.poll(() => isFocused(page, '[role="treeitem"][aria-selected="true"]')).toBe(true);
  });
});

test.describe('graph inspector actions', () => {
  test('restarts and refreshes the selected connector, the outcome in the inspector', async ({
    page,
    control,
  }) => {
    try {
      const graph = await new GraphPage(page).open(TRIALS);
      await graph.node('ClinicalTrialsAPICataloguer').click();
      await graph.inspector.getByRole('button', { name: 'Refresh', exact: true }).click();
      const results = graph.inspector.getByRole('region', { name: 'Action results' });
      await expect(results).toContainText(
        'Refresh ClinicalTrialsAPICataloguer in integration-daemon',
      );
      await expect(results).not.toContainText('in progress', { timeout: 30_000 });

      await graph.node('OldMarketLandingAreaMonitor').click();
      await graph.inspector.getByRole('button', { name: 'Restart', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: 'Restart OldMarketLandingAreaMonitor?' });
      await confirm.getByRole('button', { name: 'Restart', exact: true }).click();
      await expect(results).toContainText(
        'Restart OldMarketLandingAreaMonitor in integration-daemon',
      );
      await expect(results).not.toContainText('in progress', { timeout: 30_000 });
      // The outcome is where the user acted: the inspector, in view.
      await expect(results).toBeInViewport();
    } finally {
      await control.reset();
    }
  });
});
