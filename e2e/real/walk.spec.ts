/**
 * Every screen on a real Egeria platform (issue 13, item 7): the groups list, a group page and its
 * graph, the asset palette, the definition forms (create, edit and delete a connector with a
 * virtual connection), catalog-target linking, and the daemon view and graph. Runs only when the
 * environment names a real platform (e2e/real/real-platforms.ts); the fixture fails the walk on
 * any failed Egeria call it does not expect. Everything it makes is named `Perf:Walk:…` and
 * deleted again.
 */
import type { Page } from '@playwright/test';
import {
  ConnectorForm,
  DefinitionScreen,
  GroupForm,
  RegistrationForm,
} from '../pages/definition-forms';
import { DaemonPage } from '../pages/daemon-page';
import { GraphPage } from '../pages/graph-page';
import { GroupPage } from '../pages/group-page';
import { GroupsPage } from '../pages/groups-page';
import { toElementProperties } from '../../src/egeria/wire/generic';
import type { RealPlatform } from './real-platforms';
import { expect, test } from './real-test';

const RUN = Date.now().toString(36);
const GROUP = `Perf:Walk:IntegrationGroup:${RUN}`;
const GROUP_LABEL = `Walk group ${RUN}`;
const CONNECTOR = `Perf:Walk:IntegrationConnector:${RUN}`;
const CONNECTOR_NAME = `WalkFilesMonitor${RUN}`;
const TARGET_NAME = 'folderToWatch';

test.use({ viewport: { width: 1600, height: 1000 } });

/** The Files content pack's group and connectors on 6.1 (Egeria's own GUIDs and names). */
const FILES_GROUP = 'Egeria:IntegrationGroup:Files';

/**
 * The folder the walk links as a catalog target: on 6.1 one the Files content pack's
 * SecretsStoreCataloguer catalogued; 5.3's store starts empty, so the walk catalogues one itself.
 */
async function folderToLink(
  platform: RealPlatform,
): Promise<{ search: string; cleanup?: () => Promise<void> }> {
  if (platform.release === '6.1') return { search: 'secrets' };
  const store = `${platform.url}/servers/${platform.metadataServer}/open-metadata/framework-services/governance-server/open-metadata-store/users/${platform.userId}`;
  const qualifiedName = `Perf:Walk:FileFolder:${RUN}`;
  const created = await fetch(`${store}/metadata-elements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      class: 'NewOpenMetadataElementRequestBody',
      typeName: 'FileFolder',
      initialStatus: 'ACTIVE',
      properties: toElementProperties({ qualifiedName, name: `walk-folder-${RUN}` }),
    }),
  });
  const answer = (await created.json()) as { guid?: string; relatedHTTPCode?: number };
  expect(answer.guid, `a FileFolder made on 5.3 (${JSON.stringify(answer)})`).toBeTruthy();
  return {
    search: `walk-folder-${RUN}`,
    cleanup: async () => {
      await fetch(`${store}/metadata-elements/${answer.guid}/delete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'MetadataSourceRequestBody' }),
      });
    },
  };
}

/** Deletes what a failed earlier step left behind, through the console's own operations. */
async function removeLeftovers(page: Page, platformId: string) {
  const op = (name: string, args: unknown[]) =>
    page.request
      .post(`/api/ops/${platformId}/${name}`, {
        headers: { 'x-egeria-console': '1' },
        data: { args },
      })
      .then((r) => r.json() as Promise<{ result?: { guid?: string } | null }>);
  const connector = (await op('connector.findByName', [CONNECTOR])).result;
  if (connector?.guid) await op('connector.delete', [connector.guid, CONNECTOR]);
  const group = (await op('group.findByName', [GROUP])).result;
  if (group?.guid) await op('group.delete', [group.guid, GROUP]);
}

test('walks every screen on the real platform and finds no failed call it does not expect', async ({
  page,
  platform,
  expectFailedCalls,
}) => {
  const is53 = platform.release === '5.3';
  const id = platform.id;
  expectFailedCalls([
    {
      // The name checks of the create forms: 5.3 says "not found" as an error.
      pattern: /^egeria GET .*\/integration-connectors\/by-name\/[^ ]* 200\/404$/,
      why: '5.3 answers a connector name lookup that finds nothing with OMAG-REPOSITORY-HANDLER-404-010',
    },
    ...(is53
      ? [
          {
            pattern: /^egeria GET .*\/integration-daemon\/users\/[^/]+\/status 200\/400$/,
            why: '5.3 /status fails (NullPointerException) while its daemon runs no connector; the console reads the group summaries',
          },
        ]
      : []),
  ]);
  const folder = await folderToLink(platform);

  try {
    await test.step('groups list', async () => {
      const groups = await new GroupsPage(page).open(id);
      await expect(groups.count).toHaveText(/\d+ groups?/);
      if (!is53) {
        await expect(groups.link(FILES_GROUP)).toBeVisible();
        await expect(groups.link('Egeria:IntegrationGroup:Default')).toBeVisible();
      }
    });

    await test.step('create a group', async () => {
      await page.getByRole('link', { name: 'New group' }).click();
      const form = new GroupForm(page);
      await form.qualifiedName.fill(GROUP);
      await form.displayName.fill(GROUP_LABEL);
      await form.description.fill('Made by the real-platform walk');
      await form.review.click();
      await form.confirm('Create group').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(GROUP_LABEL);
    });

    await test.step('create a connector with a virtual connection', async () => {
      await page.getByRole('link', { name: 'New connector' }).click();
      const form = new ConnectorForm(page);
      await form.qualifiedName.fill(CONNECTOR);
      await form.name.fill(CONNECTOR_NAME);
      await form.kind('Virtual connection').check();
      const main = form.connection('Connection');
      await main.provider.selectOption({ label: 'Data Files Monitor Integration Connector' });
      await main.address.fill(`loading-bay/walk-${RUN}`);
      if (is53) {
        // Real 5.3 cannot read back a connection that embeds others.
        await expect(form.addEmbedded).toBeDisabled();
      } else {
        await form.addEmbedded.click();
        await form.embeddedDisplayName(1).fill('Secrets store');
        const store = form.connection('Embedded connection 1');
        await store.provider.selectOption({ label: 'YAML File Secrets Store Connector' });
        await store.address.fill('secrets/walk.omsecrets');
      }
      await form.review.click();
      await form.confirm('Create connector').click();
      const registration = new RegistrationForm(page);
      await expect(registration.connectorName).toHaveValue(CONNECTOR_NAME);
      await registration.refreshTimeInterval.fill('60');
      await registration.review.click();
      await registration.confirm('Register').click();
      await expect(
        page.getByRole('status').filter({ hasText: `Registered ${CONNECTOR_NAME}` }),
      ).toBeVisible();
    });

    await test.step('group page', async () => {
      const group = await new GroupPage(page).open(GROUP, id);
      await expect(group.heading).toHaveText(GROUP_LABEL);
      const row = group.connectorRow(CONNECTOR_NAME);
      await expect(row).toContainText(CONNECTOR);
      await expect(row).toContainText('DataFilesMonitorIntegrationProvider');
    });

    const graph = new GraphPage(page);
    await test.step('group graph: connector, connection, connector type, endpoint', async () => {
      await graph.open(GROUP, '', id);
      await expect(graph.nodesOfKind('connector')).toHaveCount(1);
      await expect(graph.node(CONNECTOR_NAME)).toBeVisible();
      await expect(graph.node('Data Files Monitor Integration Connector')).toBeVisible();
      await expect(graph.nodesOfKind('connection')).toHaveCount(is53 ? 1 : 2);
      await expect(graph.nodesOfKind('endpoint')).toHaveCount(is53 ? 1 : 2);
      if (!is53) await expect(graph.node('YAML File Secrets Store Connector')).toBeVisible();
    });

    await test.step('link a catalog target from the palette dialog, see it, remove it', async () => {
      await graph.node(CONNECTOR_NAME).click();
      await expect(graph.inspectorTitle).toHaveText(CONNECTOR_NAME);
      await graph.inspector.getByRole('button', { name: 'Link a catalog target…' }).click();
      const chooser = page.getByRole('dialog', {
        name: `Link a catalog target to ${CONNECTOR_NAME}`,
      });
      await chooser.getByLabel('Element type').selectOption('FileFolder');
      await chooser.getByRole('searchbox', { name: 'Search elements' }).fill(folder.search);
      const choose = chooser.getByRole('button', { name: /^Choose / }).first();
      await expect(choose).toBeVisible();
      const label = (await choose.textContent()) ?? '';
      await choose.click();
      const dialog = page.getByRole('dialog', {
        name: new RegExp(`^Link .* to ${CONNECTOR_NAME}$`),
      });
      await dialog.getByLabel('Catalog target name').fill(TARGET_NAME);
      await dialog.getByRole('button', { name: 'Review the request' }).click();
      await dialog.getByRole('button', { name: 'Link catalog target' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: 'Linked' })).toContainText(
        `as catalog target “${TARGET_NAME}”`,
      );
      const edge = graph.edge(new RegExp(`^Catalog target ${TARGET_NAME}: ${CONNECTOR_NAME} to `));
      await expect(edge).toHaveCount(1);
      expect(label).not.toBe('');

      // Read again from the platform: the target is still there.
      await graph.open(GROUP, '?palette=1', id);
      await expect(edge).toHaveCount(1);
      const palette = page.getByRole('complementary', { name: 'Asset palette' });
      await palette.getByLabel('Element type').selectOption('FileFolder');
      await palette.getByRole('searchbox', { name: 'Search elements' }).fill(folder.search);
      await expect(palette.getByRole('listitem').first()).toContainText('FileFolder');

      await graph.node(CONNECTOR_NAME).click();
      await graph.inspector
        .getByRole('button', { name: `Catalog target “${TARGET_NAME}”` })
        .click();
      await graph.inspector.getByRole('button', { name: 'Remove catalog target…' }).click();
      const remove = page.getByRole('dialog', { name: `Remove catalog target “${TARGET_NAME}”` });
      await remove.getByRole('button', { name: 'Remove catalog target' }).click();
      await expect(remove).toHaveCount(0);
      await expect(edge).toHaveCount(0);
    });

    if (!is53)
      await test.step('the Files content pack group: page and graph with what its connectors use', async () => {
        const group = await new GroupPage(page).open(FILES_GROUP, id);
        await expect(group.connectorRow('FilesCataloguer')).toBeVisible();
        await graph.open(FILES_GROUP, '', id);
        await expect(graph.nodesOfKind('connector')).toHaveCount(5);
        // The pack's connectors find their folders through their endpoints: no catalog targets.
        for (const kind of ['connection', 'connectorType', 'endpoint'])
          await expect(graph.nodesOfKind(kind).first(), `${kind} nodes`).toBeVisible();
      });

    await test.step('daemon view and daemon graph', async () => {
      const daemon = new DaemonPage(page);
      await page.goto(`/p/${id}/daemons/${encodeURIComponent(platform.daemon)}`);
      await expect(daemon.heading).toHaveText(platform.daemon);
      // 5.3's daemon runs no connector here (its group was never given one): groups only.
      await expect(
        page.getByRole('table', { name: 'Integration groups the daemon runs' }),
      ).toBeVisible();
      if (!is53) await expect(daemon.row('FilesCataloguer')).toBeVisible();
      await expect(daemon.freshness.first()).not.toContainText('Stale');
      await expect(daemon.staleBanner).toHaveCount(0);
      await expect(page.getByRole('alert').filter({ hasText: /Could not/ })).toHaveCount(0);
      await graph.openDaemon(platform.daemon, id);
      await expect(graph.nodesOfKind('group').first()).toBeVisible();
    });

    await test.step('connector page, edit, delete the connector and the group', async () => {
      const group = await new GroupPage(page).open(GROUP, id);
      await page.getByRole('link', { name: CONNECTOR_NAME, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONNECTOR_NAME);
      await expect(page.getByText('Virtual connection', { exact: true })).toBeVisible();
      await page.getByRole('link', { name: 'Edit connector' }).click();
      const form = new ConnectorForm(page);
      await form.description.fill('Edited by the real-platform walk');
      await form.review.click();
      await form.confirm('Save to Egeria').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONNECTOR_NAME);
      await expect(page.getByText('Edited by the real-platform walk')).toBeVisible();

      await page.getByRole('link', { name: 'Delete connector' }).click();
      const screen = new DefinitionScreen(page);
      await screen.confirm('Delete connector').click();
      await expect(
        page.getByRole('status').filter({ hasText: `Deleted ${CONNECTOR}` }),
      ).toBeVisible();
      await group.open(GROUP, id);
      await expect(page.getByText('No registered connectors')).toBeVisible();
      await page.getByRole('link', { name: 'Delete group' }).click();
      await screen.confirm('Delete group').click();
      const groups = new GroupsPage(page);
      await expect(groups.heading).toBeVisible();
      await expect(groups.link(GROUP)).toHaveCount(0);
    });
  } finally {
    await removeLeftovers(page, id);
    await folder.cleanup?.();
  }
});
