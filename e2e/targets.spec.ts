/**
 * Linking catalog targets visually, against the built console and the seeded sandbox (names from
 * src/sandbox/seed/demo-estate.ts): drag from the asset palette onto a connector, drag from a
 * connector's link handle onto an element, link with the keyboard alone, edit and remove, the
 * type check, an Egeria failure while linking, and a target whose element was deleted meanwhile.
 */
import type { Locator, Page } from '@playwright/test';
import { GraphPage } from './pages/graph-page';
import { expect, test } from './fixtures/test';
import {
  DATABASE_CATALOGUER,
  HR_SERVER,
  MANUFACTURING_SERVER,
  POSTGRES,
  SERVER_CATALOGUER,
  TRIALS_DB,
} from './fixtures/demo-estate';

test.beforeEach(async ({ control }) => {
  await control.clearFaults();
  await control.reset();
});

/** The palette beside the graph, searched for one element. */
async function findInPalette(page: Page, text: string, type?: string): Promise<Locator> {
  const palette = page.getByRole('complementary', { name: 'Asset palette' });
  if (type) await palette.getByLabel('Element type').selectOption(type);
  await palette.getByRole('searchbox', { name: 'Search elements' }).fill(text);
  // The search is debounced: until it answers, the list still shows the previous results, and an
  // item measured then moves when they are replaced.
  await expect(palette.getByRole('listitem').filter({ hasNotText: text })).toHaveCount(0);
  const item = palette.getByRole('listitem').filter({ hasText: text });
  await expect(item).toHaveCount(1);
  return item;
}

// A desktop screen: the palette, the canvas and the inspector side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

type Box = { x: number; y: number; width: number; height: number };

/**
 * Brings the nodes well inside the canvas together, clear of the overview in its corner, with the
 * canvas's own keys as a user would: the graph opens at reading size, so two nodes far apart need
 * a zoom out (minus) before the arrows pan them into view together.
 */
async function showAll(page: Page, canvas: Locator, nodes: Locator[]) {
  const margin = 40;
  const viewport = page.locator('.react-flow__viewport');
  const opposite: Record<string, string> = {
    ArrowLeft: 'ArrowRight',
    ArrowRight: 'ArrowLeft',
    ArrowUp: 'ArrowDown',
    ArrowDown: 'ArrowUp',
  };
  let last = '';
  for (let i = 0; i < 40; i++) {
    const view = await canvas.boundingBox();
    const overview = await page.locator('.graph-minimap').boundingBox();
    const boxes = await Promise.all(nodes.map((node) => node.boundingBox()));
    if (!view || boxes.some((box) => !box)) throw new Error('canvas or node not drawn');
    // The room to drag in: the canvas above its overview.
    const room: Box = { ...view, height: (overview?.y ?? view.y + view.height) - view.y };
    const left = Math.min(...boxes.map((box) => box!.x));
    const right = Math.max(...boxes.map((box) => box!.x + box!.width));
    const top = Math.min(...boxes.map((box) => box!.y));
    const bottom = Math.max(...boxes.map((box) => box!.y + box!.height));
    const pan =
      right > room.x + room.width - margin
        ? 'ArrowRight'
        : left < room.x + margin
          ? 'ArrowLeft'
          : bottom > room.y + room.height - margin
            ? 'ArrowDown'
            : top < room.y + margin
              ? 'ArrowUp'
              : null;
    // Too far apart, or so little room that a pan step would overshoot back and forth: zoom out.
    const key =
      right - left > room.width - 2 * margin ||
      bottom - top > room.height - 2 * margin ||
      (pan && opposite[pan] === last)
        ? 'Minus'
        : pan;
    if (!key) return;
    last = key;
    const before = await viewport.getAttribute('style');
    await canvas.press(key);
    await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
  }
  throw new Error('could not bring the nodes into view together');
}

/** Drags with real pointer events, in steps, from the middle of one box to the middle of another. */
async function dragBetween(page: Page, from: Locator, to: Locator) {
  // Linking arrives just after the graph (its own chunk); connectors show their link handle once
  // it is ready, and a drag started before that would do nothing.
  await expect(page.locator('.gn-link').first()).toBeVisible();
  const canvas = page.getByRole('application', { name: /^Graph of/ });
  // Either end may lie outside the canvas (a palette item); those on it must be in view together.
  const onCanvas = [];
  for (const end of [from, to])
    if (await end.evaluate((el) => !!el.closest('.react-flow'))) onCanvas.push(end);
  await showAll(page, canvas, onCanvas);
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('nothing to drag between');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Presses Tab until `target` has the focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

const targetEdge = (graph: GraphPage, name: string, connector: string, element: string) =>
  graph.edge(`Catalog target ${name}: ${connector} to ${element}`);

test.describe('linking catalog targets on the graph', () => {
  test('drags an element from the palette onto a connector and links it', async ({ page }) => {
    const graph = await new GraphPage(page).open(POSTGRES, '?palette=1');
    await expect(graph.summary).toHaveText('2 connectors · 12 nodes · 11 relationships');
    const item = await findInPalette(page, 'Manufacturing database server', 'SoftwareServer');
    await expect(item).toContainText('SoftwareServer');
    await expect(item).toContainText(MANUFACTURING_SERVER);

    await dragBetween(page, item, graph.node(SERVER_CATALOGUER));
    const dialog = page.getByRole('dialog', {
      name: `Link “Manufacturing database server” to ${SERVER_CATALOGUER}`,
    });
    await expect(dialog).toBeVisible();
    // A PostgreSQL server suits the PostgreSQL server cataloguer: no warning.
    await expect(dialog.getByRole('note', { name: 'Type check' })).toHaveCount(0);
    // The name the connector uses for its other targets (issue 15 item 10).
    await expect(dialog.getByLabel('Catalog target name')).toHaveValue('postgreSQLServer');
    await dialog.getByLabel('Permitted synchronization').selectOption('FROM_THIRD_PARTY');
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await expect(dialog.getByRole('heading', { name: 'Review the link' })).toBeVisible();
    await expect(dialog.getByLabel(/^Request 1: POST .*\/catalog-targets/)).toContainText(
      '"catalogTargetName": "postgreSQLServer"',
    );
    await dialog.getByRole('button', { name: 'Link catalog target' }).click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Linked' })).toHaveText(
      `Linked “Manufacturing database server” to ${SERVER_CATALOGUER} as catalog target “postgreSQLServer”.`,
    );
    // The edge is drawn without a reload.
    await expect(
      targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, MANUFACTURING_SERVER),
    ).toHaveCount(1);
    await expect(graph.summary).toHaveText('2 connectors · 13 nodes · 12 relationships');
  });

  test('draws a link from a connector handle to an element another connector targets', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(POSTGRES);
    const handle = graph.node(DATABASE_CATALOGUER).locator('.gn-link');
    await dragBetween(page, handle, graph.node(HR_SERVER));
    const dialog = page.getByRole('dialog', {
      name: new RegExp(`^Link .* to ${DATABASE_CATALOGUER}$`),
    });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Catalog target name')).toHaveValue('databaseToCatalog');
    await dialog.getByLabel('Catalog target name').fill('databaseServer');
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await dialog.getByRole('button', { name: 'Link catalog target' }).click();
    await expect(dialog).toHaveCount(0);
    // One element, the target of two connectors: one node, two edges.
    await expect(graph.node(HR_SERVER)).toHaveCount(1);
    await expect(targetEdge(graph, 'databaseServer', DATABASE_CATALOGUER, HR_SERVER)).toHaveCount(
      1,
    );
    await expect(targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, HR_SERVER)).toHaveCount(
      1,
    );
  });

  test('links with the keyboard alone, from the accessible tree', async ({ page }) => {
    const graph = await new GraphPage(page).open(POSTGRES, '?view=tree');
    const connectorItem = graph.treeItem(new RegExp(`^Connector: ${SERVER_CATALOGUER}`));
    await tabTo(page, graph.tree.getByRole('treeitem').first());
    for (let i = 0; i < 10; i++) {
      if (await connectorItem.evaluate((el) => el === el.ownerDocument.activeElement)) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(connectorItem).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(graph.inspectorTitle).toHaveText(SERVER_CATALOGUER);

    await tabTo(page, graph.inspector.getByRole('button', { name: 'Link a catalog target…' }));
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('dialog', {
      name: `Link a catalog target to ${SERVER_CATALOGUER}`,
    });
    await expect(chooser).toBeVisible();
    // The search starts narrowed to what the connector type supports.
    await expect(chooser.getByLabel('Element type')).toHaveValue('SoftwareServer');
    await tabTo(page, chooser.getByRole('searchbox', { name: 'Search elements' }));
    await page.keyboard.type('manufacturing');
    const choose = chooser.getByRole('button', { name: 'Choose Manufacturing database server' });
    await expect(choose).toBeVisible();
    await tabTo(page, choose);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', {
      name: `Link “Manufacturing database server” to ${SERVER_CATALOGUER}`,
    });
    await expect(dialog.getByLabel('Catalog target name')).toBeVisible();
    await tabTo(page, dialog.getByLabel('Catalog target name'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('postgreSQLServer');
    await tabTo(page, dialog.getByRole('button', { name: 'Review the request' }));
    await page.keyboard.press('Enter');
    const link = dialog.getByRole('button', { name: 'Link catalog target' });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);

    await expect(page.getByRole('status').filter({ hasText: 'Linked' })).toHaveText(
      `Linked “Manufacturing database server” to ${SERVER_CATALOGUER} as catalog target “postgreSQLServer”.`,
    );
    // The tree shows the new target under the connector (expanded with the keyboard).
    await tabTo(page, connectorItem);
    await page.keyboard.press('ArrowRight');
    await expect(
      graph.treeItem(new RegExp(`^Catalog target: ${MANUFACTURING_SERVER}`)),
    ).toHaveCount(1);
  });

  test('edits a catalog target from the edge inspector', async ({ page }) => {
    const graph = await new GraphPage(page).open(POSTGRES);
    await graph.selectNode(HR_SERVER);
    const dialog = await graph.catalogTargetDialog('postgreSQLServer', 'Edit');
    await expect(dialog.getByLabel('Catalog target name')).toHaveValue('postgreSQLServer');
    await dialog
      .getByLabel('Configuration properties (JSON object)')
      .fill('{"databaseNames": ["hr"]}');
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await expect(
      dialog.getByLabel(/^Request 1: POST .*\/catalog-targets\/.*\/update$/),
    ).toContainText('"databaseNames"');
    await dialog.getByRole('button', { name: 'Save catalog target' }).click();
    await expect(dialog).toHaveCount(0);
    // The inspector shows the stored values once the graph has read them again.
    await expect(graph.property('Configuration properties')).toContainText('databaseNames');
  });

  test('removes a catalog target from the edge inspector', async ({ page }) => {
    const graph = await new GraphPage(page).open(POSTGRES);
    await expect(targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, HR_SERVER)).toHaveCount(
      1,
    );
    await graph.selectNode(HR_SERVER);
    const dialog = await graph.catalogTargetDialog('postgreSQLServer', 'Remove');
    await expect(
      dialog.getByLabel(/^Request 1: POST .*\/catalog-targets\/.*\/(delete|remove)$/),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove catalog target' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, HR_SERVER)).toHaveCount(
      0,
    );
    await expect(graph.node(HR_SERVER)).toHaveCount(0);
    await expect(graph.summary).toHaveText('2 connectors · 11 nodes · 10 relationships');
  });

  test('warns, and says why, before linking an element the connector type does not support', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(POSTGRES, '?palette=1');
    const item = await findInPalette(page, 'Coco event broker', 'SoftwareServer');
    await item
      .getByRole('button', { name: 'Link to a connector… Coco event broker (SoftwareServer)' })
      .click();
    const chooser = page.getByRole('dialog', { name: 'Link “Coco event broker” to a connector' });
    await chooser.getByLabel('Connector').selectOption({ label: SERVER_CATALOGUER });
    await chooser.getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Link “Coco event broker” to ${SERVER_CATALOGUER}`,
    });
    const warning = dialog.getByRole('note', { name: 'Type check' });
    await expect(warning).toContainText('Coco event broker may not suit this connector');
    await expect(warning).toContainText(
      'expects the deployed implementation type “PostgreSQL Server”; “Coco event broker” is “Apache Kafka Server”.',
    );
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await expect(dialog.getByRole('button', { name: 'Link anyway' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(graph.summary).toHaveText('2 connectors · 12 nodes · 11 relationships');

    // Drawn from a handle the check is the same: a Database is not a SoftwareServer. The palette
    // is closed first: beside it, the canvas is too narrow to show both ends at a readable zoom.
    await page.getByRole('button', { name: 'Asset palette' }).click();
    await expect(page.getByRole('complementary', { name: 'Asset palette' })).toHaveCount(0);
    await dragBetween(
      page,
      graph.node(SERVER_CATALOGUER).locator('.gn-link'),
      graph.node(TRIALS_DB),
    );
    const second = page.getByRole('dialog', { name: new RegExp(`to ${SERVER_CATALOGUER}$`) });
    await expect(second.getByRole('note', { name: 'Type check' })).toContainText(
      'catalogues elements of type SoftwareServer',
    );
  });

  test('shows Egeria’s error when linking fails, and leaves nothing half made', async ({
    page,
    control,
  }) => {
    const graph = await new GraphPage(page).open(POSTGRES, '?palette=1');
    const item = await findInPalette(page, 'Manufacturing database server');
    await dragBetween(page, item, graph.node(SERVER_CATALOGUER));
    const dialog = page.getByRole('dialog', {
      name: `Link “Manufacturing database server” to ${SERVER_CATALOGUER}`,
    });
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await control.addFault({
      path: 'catalog-targets',
      method: 'POST',
      times: 1,
      ffdc: {
        relatedHTTPCode: 500,
        messageId: 'OMAG-REPOSITORY-HANDLER-500-001',
        text: 'An unexpected error occurred while linking the catalog target',
        systemAction: 'The request is rejected; no relationship is stored.',
        userAction: 'Look in the server audit log for the cause, then retry.',
      },
    });
    await dialog.getByRole('button', { name: 'Link catalog target' }).click();
    const error = dialog.getByRole('alert');
    await expect(error).toContainText('OMAG-REPOSITORY-HANDLER-500-001');
    await expect(error).toContainText(
      'An unexpected error occurred while linking the catalog target',
    );
    await expect(error).toContainText('Look in the server audit log for the cause, then retry.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(
      targetEdge(graph, 'manufacturingDatabaseServer', SERVER_CATALOGUER, MANUFACTURING_SERVER),
    ).toHaveCount(0);
    await page.reload();
    await expect(graph.summary).toHaveText('2 connectors · 12 nodes · 11 relationships');
  });

  test('says so when the element was deleted meanwhile, and drops the stale edge', async ({
    page,
    control,
  }) => {
    const graph = await new GraphPage(page).open(POSTGRES);
    await expect(targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, HR_SERVER)).toHaveCount(
      1,
    );
    await control.deleteElement(HR_SERVER);
    await graph.selectNode(HR_SERVER);
    const dialog = await graph.catalogTargetDialog('postgreSQLServer', 'Remove');
    await dialog.getByRole('button', { name: 'Remove catalog target' }).click();
    await expect(
      dialog.getByText('Egeria no longer has this element or relationship; nothing was changed'),
    ).toBeVisible();
    await expect(dialog).toContainText('OMAG-REPOSITORY-HANDLER-404-');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The graph reads the connector's targets again: the stale edge and node are gone.
    await expect(targetEdge(graph, 'postgreSQLServer', SERVER_CATALOGUER, HR_SERVER)).toHaveCount(
      0,
    );
    await expect(graph.node(HR_SERVER)).toHaveCount(0);
  });
});

test.describe('catalog targets on the connector page', () => {
  test('lists, edits and removes targets; a new one reaches the daemon at its next refresh', async ({
    page,
  }) => {
    await page.goto(
      `/p/sandbox/connectors/${encodeURIComponent(`${POSTGRES}:${SERVER_CATALOGUER}`)}`,
    );
    const list = page.getByRole('list', { name: 'Catalog targets' });
    await expect(list.getByRole('listitem')).toHaveCount(2);

    await page
      .getByRole('button', {
        // 5.3 reports the element by its qualifiedName, 6.x by its display name.
        name: /^Edit catalog target postgreSQLServer \((.*hr-db|HR database server)\)$/,
      })
      .click();
    const edit = page.getByRole('dialog', { name: 'Edit catalog target “postgreSQLServer”' });
    await edit.getByLabel('Catalog target name').fill('hrServer');
    await edit.getByRole('button', { name: 'Review the request' }).click();
    await edit.getByRole('button', { name: 'Save catalog target' }).click();
    await expect(edit).toHaveCount(0);
    await expect(list).toContainText('hrServer');

    await page.getByRole('button', { name: /^Remove catalog target hrServer/ }).click();
    const remove = page.getByRole('dialog', { name: 'Remove catalog target “hrServer”' });
    await remove.getByRole('button', { name: 'Remove catalog target' }).click();
    await expect(remove).toHaveCount(0);
    await expect(list.getByRole('listitem')).toHaveCount(1);

    await page.getByRole('button', { name: 'Link a catalog target…' }).click();
    const chooser = page.getByRole('dialog', {
      name: `Link a catalog target to ${SERVER_CATALOGUER}`,
    });
    await chooser.getByRole('searchbox', { name: 'Search elements' }).fill('manufacturing');
    await chooser.getByRole('button', { name: 'Choose Manufacturing database server' }).click();
    const link = page.getByRole('dialog', {
      name: `Link “Manufacturing database server” to ${SERVER_CATALOGUER}`,
    });
    await link.getByLabel('Catalog target name').fill('postgreSQLServer');
    await link.getByRole('button', { name: 'Review the request' }).click();
    await link.getByRole('button', { name: 'Link catalog target' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText(/manufacturing-db|Manufacturing database server/);

    // The daemon reads the targets when the connector next refreshes; its statistics name them.
    await page.goto(`/p/sandbox/daemons/integration-daemon/connectors/${SERVER_CATALOGUER}`);
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const statistic = page
      .locator('dt', { hasText: /^catalogTargets$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect(statistic).toContainText(`postgreSQLServer → ${MANUFACTURING_SERVER}`);
    await expect(statistic).not.toContainText('hr-db');
  });
});
