/**
 * The integration-group graph against the built console and the seeded sandbox (names from
 * src/sandbox/seed/demo-estate.ts): what is drawn, the inspector, live status, search, deep links,
 * filters, the keyboard twin and the all-groups view of a daemon.
 */
import { DaemonPage } from './pages/daemon-page';
import { GraphPage } from './pages/graph-page';
import { GroupPage } from './pages/group-page';
import { expect, test } from './fixtures/test';
import { DEFAULT_GROUP, DONNEES, KAFKA, TRIALS } from './fixtures/demo-estate';

const RED = 'rgb(220, 38, 38)';
const AMBER = 'rgb(217, 119, 6)';
const GREEN = 'rgb(22, 163, 74)';

test.describe('group graph', () => {
  test('opens from the group page and draws the group, its connectors and what they use', async ({
    page,
  }) => {
    await new GroupPage(page).open(TRIALS);
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    const graph = new GraphPage(page);
    await expect(graph.heading).toHaveText('Graph of Clinical Trials');
    await expect(graph.summary).toHaveText('6 connectors · 25 nodes · 25 relationships');

    await expect(graph.nodesOfKind('group')).toHaveCount(1);
    await expect(graph.nodesOfKind('connector')).toHaveCount(6);
    for (const name of [
      'ClinicalTrialsAPICataloguer',
      'HamptonLandingAreaMonitor',
      'LabResultsMonitor',
      'OldMarketLandingAreaMonitor',
      'OpenLineageCataloguer',
      'TrialsAtlasExchange',
    ]) {
      await expect(graph.node(name)).toBeVisible();
      await expect(graph.edge(`Registration ${name}: Clinical Trials to ${name}`)).toHaveCount(1);
    }
    // Hampton and Old Market use the same connector type: it is drawn once, with two edges.
    await expect(graph.node('Data Files Monitor Integration Connector')).toHaveCount(1);
    await expect(
      graph.edge(/^Connector type: .* to Data Files Monitor Integration Connector$/),
    ).toHaveCount(2);
    // The virtual connection and the secrets store it embeds, at position 0.
    await expect(graph.node('Clinical trials API connection')).toContainText('Virtual connection');
    await expect(
      graph.edge(
        'Embedded connection embedded #0 Secrets store: Clinical trials API connection to Coco Pharmaceuticals secrets store',
      ),
    ).toHaveCount(1);
    await expect(graph.node('YAML File Secrets Store Connector')).toBeVisible();
  });

  test('a group read in several pages is drawn from its first page on; its one read of every catalog target starts beside the rest', async ({
    page,
  }) => {
    // The first page of Clinical Trials says more may follow (as a full page of a large group
    // does), and the second is held until the graph has been looked at.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/ops/sandbox/registration.list', async (route) => {
      const { args } = route.request().postDataJSON() as { args: [string, { startFrom: number }] };
      if (args[1].startFrom > 0) {
        await held;
        return route.continue();
      }
      const response = await route.fetch();
      const body = (await response.json()) as { result: { mayHaveMore: boolean } };
      return route.fulfill({ response, json: { result: { ...body.result, mayHaveMore: true } } });
    });
    const targetReads: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/ops\/sandbox\/catalogTarget\./.test(request.url()))
        targetReads.push(request.url());
    });

    const graph = await new GraphPage(page).open(TRIALS);
    await expect(graph.nodesOfKind('connector')).toHaveCount(6);
    await expect(graph.node('LabResultsMonitor')).toBeVisible();
    await expect(graph.summary).toContainText('more registered connectors loading');
    // More than a few connectors: the read of every catalog target starts before the last page.
    await expect
      .poll(() => targetReads)
      .toEqual([expect.stringMatching(/catalogTarget\.listAll$/)]);

    release();
    await expect(graph.summary).toHaveText('6 connectors · 25 nodes · 25 relationships');
    // The graph took that read's answer rather than asking again.
    expect(targetReads).toHaveLength(1);
  });

  test('draws an endpoint shared by two connections once', async ({ page }) => {
    const graph = await new GraphPage(page).open(KAFKA);
    await expect(graph.nodesOfKind('connector')).toHaveCount(3);
    await expect(graph.node('Coco event broker')).toHaveCount(1);
    await expect(graph.edge(/^Endpoint: .* to Coco event broker$/)).toHaveCount(2);
    await graph.selectNode('Coco event broker');
    await expect(graph.inspectorTitle).toHaveText('Coco event broker');
    await expect(graph.property('Address')).toHaveText('coco-kafka.cocopharma.example:9092');
    await expect(graph.inspector.getByText('Relationships (2)')).toBeVisible();
    await expect(
      graph.edge(/^Catalog target kafkaServerToMonitor: ApacheKafkaCataloguer to /),
    ).toHaveCount(1);
  });

  test('inspects nodes and edges with all their properties, secrets only as set or not set', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    await graph.selectNode('Clinical trials API connection');
    await expect(graph.inspectorTitle).toHaveText('Clinical trials API connection');
    await expect(graph.property('Kind')).toHaveText('Virtual connection');
    await expect(graph.property('User id')).toHaveText('trialsapinpa');
    await expect(graph.property('Clear password')).toHaveText('Set');
    await expect(graph.property('Encrypted password')).toHaveText('Not set');
    await expect(graph.property('Secured properties')).toHaveText('apiKey: set');
    await expect(graph.property('Configuration properties')).toContainText(
      'CocoPharma:Template:APIOperation',
    );
    await expect(page.getByText('trials-api-s3cret')).toHaveCount(0);
    await expect(page.getByText('ak-7f3e-coco-trials')).toHaveCount(0);
    await expect(page.getByText('«redacted»')).toHaveCount(0);

    // An edge: the registration's own properties.
    await graph
      .edge(
        'Registration ClinicalTrialsAPICataloguer: Clinical Trials to ClinicalTrialsAPICataloguer',
      )
      .locator('text')
      .click();
    await expect(graph.inspectorTitle).toHaveText('Registration (RegisteredIntegrationConnector)');
    await expect(graph.property('Connector user id')).toHaveText('trialsapinpa');
    await expect(graph.property('Refresh interval')).toHaveText('120 min');
    await expect(graph.property('Start date')).not.toHaveText('—');
    // The embedded-connection relationship, reached from the inspector with the keyboard.
    await graph.selectNode('Coco Pharmaceuticals secrets store');
    await graph.inspector.getByRole('button', { name: /^Embedded connection/ }).press('Enter');
    await expect(graph.property('Position')).toHaveText('0');
    await expect(graph.property('Arguments')).toContainText('clinical-trials-api');
  });

  test('shows catalog targets with the relationship’s properties', async ({ page }) => {
    const graph = await new GraphPage(page).open(DEFAULT_GROUP);
    const targets = graph.edge(/^Catalog target directoryToMonitor: FilesCataloguer to /);
    await expect(targets).toHaveCount(3);
    await graph.selectNode('FilesCataloguer');
    await graph.inspector
      .getByRole('listitem')
      .filter({ hasText: 'CocoPharma:FileFolder:data/landing-area/hospitals/hampton' })
      .getByRole('button', { name: /^Catalog target/ })
      .click();
    await expect(graph.inspectorTitle).toHaveText('Catalog target');
    await expect(graph.property('Catalog target name')).toHaveText('directoryToMonitor');
    await expect(graph.property('Delete method')).toHaveText('ARCHIVE');
    await expect(graph.property('Permitted synchronization')).toHaveText('FROM_THIRD_PARTY');
    await expect(graph.property('Templates')).toContainText('CocoPharma:Template:DataFile');
  });

  test('shows live status in colour and words, failures in the inspector, and follows changes', async ({
    page,
    control,
  }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    const failed = graph.node('OldMarketLandingAreaMonitor');
    await expect(failed.locator('.gn')).toHaveAttribute('data-status', 'FAILED');
    await expect(failed).toContainText('Failed');
    await expect(failed.locator('.gn')).toHaveCSS('border-left-color', RED);
    await expect(graph.node('HamptonLandingAreaMonitor')).toContainText('Waiting');
    await expect(graph.node('HamptonLandingAreaMonitor').locator('.gn')).toHaveCSS(
      'border-left-color',
      AMBER,
    );
    await expect(graph.node('LabResultsMonitor')).toContainText('Initialize failed');
    await expect(graph.node('TrialsAtlasExchange')).toContainText('Config failed');
    const api = graph.node('ClinicalTrialsAPICataloguer');
    await expect(api).toContainText('Running');
    await expect(api.locator('.gn')).toHaveCSS('border-left-color', GREEN);

    await graph.selectNode('OldMarketLandingAreaMonitor');
    await expect(graph.property('Failure')).toContainText(
      'BASIC-FILES-INTEGRATION-CONNECTORS-404-001',
    );
    await expect(graph.property('Daemon')).toHaveText('integration-daemon');

    // A connector failing while the graph is open turns red with its message.
    await api.click();
    try {
      await control.failConnector(
        'ClinicalTrialsAPICataloguer',
        'TEST-GRAPH-500-001 The API went away',
      );
      await expect(api).toContainText('Failed', { timeout: 20_000 });
      await expect(api.locator('.gn')).toHaveCSS('border-left-color', RED);
      await expect(graph.property('Failure')).toContainText('TEST-GRAPH-500-001 The API went away');
    } finally {
      await control.reset();
    }
  });

  test('lists every group that registers a connector, beyond this graph', async ({ page }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    await graph.selectNode('OpenLineageCataloguer');
    const groups = graph.inspector
      .getByRole('heading', { name: 'Registered in', exact: true })
      .locator('xpath=..');
    await expect(groups.getByRole('link', { name: 'Clinical Trials' })).toBeVisible();
    await groups.getByRole('link', { name: 'OpenLineageIntegrationGroup' }).click();
    await expect(graph.heading).toHaveText('Graph of OpenLineageIntegrationGroup');
    await expect(graph.node('OpenLineageCataloguer')).toBeVisible();
  });

  test('searches for a node by name and brings it into view, selected', async ({ page }) => {
    const graph = await new GraphPage(page).open(TRIALS);
    await graph.search.fill('hampton');
    await expect(graph.searchResults.getByRole('option')).toHaveCount(3);
    await expect(graph.searchResults.getByRole('option').first()).toContainText(
      'HamptonLandingAreaMonitor',
    );
    await graph.search.press('Enter');
    await expect(graph.inspectorTitle).toHaveText('HamptonLandingAreaMonitor');
    const node = graph.node('HamptonLandingAreaMonitor');
    await expect(node.locator('.gn')).toHaveClass(/gn-selected/);
    await expect(node).toBeInViewport();
    // By qualified name, choosing with the arrow keys.
    await graph.search.fill('CocoPharma:Endpoint:secrets');
    await graph.search.press('ArrowDown');
    await graph.search.press('ArrowUp');
    await graph.search.press('Enter');
    await expect(graph.inspectorTitle).toHaveText('secrets/coco.omsecrets');
  });

  test('opens focused on the node a deep link names, by connectorName or qualifiedName', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(TRIALS, '?focus=OldMarketLandingAreaMonitor');
    await expect(graph.inspectorTitle).toHaveText('OldMarketLandingAreaMonitor');
    await expect(graph.node('OldMarketLandingAreaMonitor')).toBeInViewport();

    await graph.open(KAFKA, `?focus=${encodeURIComponent('CocoPharma:Endpoint:KafkaEventBroker')}`);
    await expect(graph.inspectorTitle).toHaveText('Coco event broker');

    await graph.open(
      DONNEES,
      `?focus=${encodeURIComponent('CocoPharma:DataFolder:données/patients/anonymisées')}`,
    );
    await expect(graph.inspectorTitle).toHaveText(
      'CocoPharma:DataFolder:données/patients/anonymisées',
    );
    await expect(graph.property('Type')).toHaveText('DataFolder');

    // The inspector's own link is such a deep link.
    await graph.open(KAFKA);
    await graph.selectNode('PartnerKafkaCataloguer');
    await graph.inspector.getByRole('link', { name: 'Link to this node' }).click();
    await expect(page).toHaveURL(/\/graph\?focus=PartnerKafkaCataloguer$/);
    await expect(graph.inspectorTitle).toHaveText('PartnerKafkaCataloguer');

    await graph.open(KAFKA, '?focus=NoSuchConnector');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Nothing named “NoSuchConnector” is in this graph.' }),
    ).toBeVisible();
  });

  test('filters by node kind and by connector status', async ({ page }) => {
    const graph = await new GraphPage(page).open(DONNEES);
    await expect(graph.nodesOfKind('target')).toHaveCount(3);
    // The box follows the URL, which the router updates in a transition: on a busy machine it
    // unticks a moment after the click, so click and wait rather than uncheck() (checked at once).
    const targets = page.getByRole('checkbox', { name: 'Catalog targets' });
    await targets.click();
    await expect(targets).not.toBeChecked();
    await expect(graph.nodesOfKind('target')).toHaveCount(0);
    await expect(page).toHaveURL(/hide=target/);
    await expect(graph.nodesOfKind('connector')).toHaveCount(1);

    await graph.open(TRIALS);
    await graph.statusFilter.selectOption({ label: 'Failed (any)' });
    await expect(graph.nodesOfKind('connector')).toHaveCount(3);
    await expect(graph.node('OldMarketLandingAreaMonitor')).toBeVisible();
    await expect(graph.node('HamptonLandingAreaMonitor')).toHaveCount(0);
    // Hampton's connection goes with it; the connector type it shares with Old Market stays.
    await expect(graph.node('Data Files Monitor Integration Connector')).toHaveCount(1);
    await graph.statusFilter.selectOption({ label: 'Waiting' });
    await expect(graph.nodesOfKind('connector')).toHaveCount(1);
    await expect(graph.node('HamptonLandingAreaMonitor')).toBeVisible();
  });

  test('has a keyboard twin: the same graph as a tree that selects the same nodes', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).open(DONNEES);
    // Everything below with the keyboard only.
    await page.getByRole('button', { name: 'Tree (accessible)' }).focus();
    await page.keyboard.press('Enter');
    await expect(graph.tree).toBeVisible();
    await page.keyboard.press('Tab');
    const root = graph.treeItem(/^Integration group: Données cliniques/);
    await expect(root).toBeFocused();
    await expect(root).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const connector = graph.treeItem(/^Connector: Moniteur des données patients/);
    await expect(connector).toBeFocused();
    await expect(connector).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(connector).toHaveAttribute('aria-expanded', 'true');
    await expect(
      graph.treeItem(/^Catalog target: .* \(catalog target directoryToMonitor\)$/),
    ).toHaveCount(3);
    await page.keyboard.press('ArrowRight');
    await expect(graph.treeItem(/^Connection: /)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(connector).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(connector).toHaveAttribute('aria-selected', 'true');
    await expect(graph.inspectorTitle).toHaveText('Moniteur des données patients');
    await expect(graph.property('Connector user id')).toHaveText('donneesnpa');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(graph.inspectorTitle).toHaveText(/anonymisées$/);

    // Back on the canvas, the same node is selected.
    await page.getByRole('button', { name: 'Canvas' }).focus();
    await page.keyboard.press('Enter');
    await expect(graph.nodesOfKind('target').locator('.gn-selected')).toHaveCount(1);
    await expect(
      graph.nodesOfKind('target').filter({ has: page.locator('.gn-selected') }),
    ).toContainText('anonymisées');

    // The canvas itself pans and zooms from the keyboard.
    const viewport = page.locator('.react-flow__viewport');
    const before = await viewport.getAttribute('style');
    await graph.canvas.focus();
    await page.keyboard.press('-');
    await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
    const zoomed = await viewport.getAttribute('style');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => viewport.getAttribute('style')).not.toBe(zoomed);
  });
});

test.describe('daemon graph', () => {
  test('draws every group a daemon runs, including one the store does not define', async ({
    page,
  }) => {
    const graph = await new GraphPage(page).openDaemon('lineage-daemon');
    await expect(graph.heading).toHaveText('Graph of every group in lineage-daemon');
    await expect(graph.nodesOfKind('group')).toHaveCount(2);
    await expect(graph.node('OpenLineageIntegrationGroup')).toBeVisible();
    const undefinedGroup = graph.node('Egeria:IntegrationGroup:OpenMetadataObservability');
    await expect(undefinedGroup).toBeVisible();
    await graph.selectNode('Egeria:IntegrationGroup:OpenMetadataObservability');
    await expect(graph.inspector).toContainText('Not defined on the metadata server');
    await expect(graph.nodesOfKind('connector')).toHaveCount(5);
  });

  test('is linked from a group graph, and shares elements across groups', async ({ page }) => {
    const graph = await new GraphPage(page).open(KAFKA);
    await page.getByRole('link', { name: 'integration-daemon (graph of all its groups)' }).click();
    await expect(graph.heading).toHaveText('Graph of every group in integration-daemon');
    await expect(graph.summary).toContainText('18 connectors');
    await expect(graph.nodesOfKind('group')).toHaveCount(5);
    // The Data Files Monitor type serves the Default and the Clinical Trials groups: drawn once.
    await expect(graph.node('Data Files Monitor Integration Connector')).toHaveCount(1);
    await expect(
      graph.edge(/^Connector type: .* to Data Files Monitor Integration Connector$/),
    ).toHaveCount(5);
  });

  test('opens from the daemon view, and from a connector page focused on that connector', async ({
    page,
  }) => {
    const daemon = await new DaemonPage(page).open('integration-daemon');
    await page.getByRole('link', { name: 'Graph of its groups' }).click();
    const graph = new GraphPage(page);
    await expect(graph.heading).toHaveText('Graph of every group in integration-daemon');

    await daemon.open('integration-daemon');
    await daemon
      .row('OldMarketLandingAreaMonitor')
      .getByRole('link', { name: 'OldMarketLandingAreaMonitor' })
      .click();
    await page.getByRole('link', { name: 'Show in the graph' }).click();
    await expect(graph.inspectorTitle).toHaveText('OldMarketLandingAreaMonitor');
    await expect(graph.node('OldMarketLandingAreaMonitor')).toBeInViewport();
  });
});
