/**
 * Every operation the console performs, in one run through an EgeriaBackend: platform, groups,
 * connectors with their connections, registrations, catalog targets, search and the daemon, then
 * the clean-up. Captured against real platforms (scripts/golden/capture.ts), its exchanges are the
 * goldens of e2e/golden/scenario-*.json; replayed (./scenario.test.ts), it proves the client sends the same
 * calls and reads every real answer.
 */
import type { EgeriaBackend } from '../backend';
import { EgeriaError } from '../errors';
import type { ConnectionInput } from '../model';
import { FILES_MONITOR, YAML_SECRETS } from '../../test/egeria-test-kit';

export interface ScenarioOptions {
  /** Makes this run's names unique on a shared platform; stored with the capture for replay. */
  id: string;
  daemon: string;
  /** A folder the platform can read, for the connector's endpoint. */
  workDir: string;
  /** Whether the release can read connections that embed others (not 5.3). */
  embeds: boolean;
  /** A GUID no element has; kept with the capture, whose normalisation renames it. */
  unknownGuid: string;
}

const page = { startFrom: 0, pageSize: 25 };

/** Runs `step`, which Egeria must refuse; any other outcome fails the run. */
async function expectFailure(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof EgeriaError && error.kind === 'egeria') return;
    throw error;
  }
  throw new Error('Egeria accepted a call the scenario expects it to refuse');
}

export async function runScenario(backend: EgeriaBackend, o: ScenarioOptions): Promise<void> {
  const name = (kind: string) => `Golden:${o.id}:${kind}`;
  const unknown = o.unknownGuid;

  // Platform
  await backend.platformOrigin();
  await backend.activeServers();
  await backend.serverStatus(o.daemon);
  await expectFailure(() => backend.serverStatus('no-such-server'));

  // Groups
  const group = await backend.createGroup({
    qualifiedName: name('IntegrationGroup'),
    displayName: 'Golden group',
    description: 'made by the console’s golden scenario',
  });
  await backend.findGroupByName(name('IntegrationGroup'));
  await backend.findGroupByName(name('NoSuchGroup'));
  await backend.getGroup(group);
  await backend.listGroups(page);
  await backend.updateGroup(
    group,
    { qualifiedName: name('IntegrationGroup'), displayName: 'Golden group, renamed' },
    { merge: true },
  );
  await expectFailure(() => backend.getGroup(unknown));

  // Connectors and their connections
  const plain: ConnectionInput = {
    kind: 'Connection',
    qualifiedName: name('Connection'),
    connectorType: { connectorProviderClassName: FILES_MONITOR },
    endpoint: { address: o.workDir },
    userId: 'goldennpa',
    secrets: { clearPassword: 'not-a-real-secret' },
    configurationProperties: { waitForDirectory: 'true' },
  };
  const connection: ConnectionInput = o.embeds
    ? {
        ...plain,
        kind: 'VirtualConnection',
        embeddedConnections: [
          {
            position: 0,
            displayName: 'Secrets store',
            connection: {
              kind: 'Connection',
              qualifiedName: name('SecretsStore'),
              connectorType: { connectorProviderClassName: YAML_SECRETS },
              endpoint: { address: 'secrets/golden.omsecrets' },
            },
          },
        ],
      }
    : plain;
  const connectorName = name('IntegrationConnector');
  const connector = await backend.createConnector({
    qualifiedName: connectorName,
    name: `Golden-${o.id}`,
    description: 'made by the console’s golden scenario',
    connection,
  });
  const stored = await backend.getConnector(connector);
  await backend.findConnectorByName(connectorName);
  await backend.findConnectorByName(name('NoSuchConnector'));
  await backend.listConnectors(page);
  await backend.updateConnector(
    connector,
    {
      qualifiedName: connectorName,
      connection: {
        ...connection,
        guid: stored.connection?.guid,
        secrets: undefined,
        endpoint: { address: `${o.workDir}/moved` },
        configurationProperties: {},
      },
    },
    { merge: true },
  );
  await expectFailure(() => backend.getConnector(unknown));

  // Registrations
  await backend.registerConnector(group, connector, {
    connectorName: `Golden-${o.id}`,
    connectorUserId: 'goldennpa',
    refreshTimeInterval: 60,
    permittedSynchronization: 'FROM_THIRD_PARTY',
  });
  await backend.getRegistration(group, connector);
  await backend.listRegistrations(group, page);
  await backend.groupsOfConnector(connector);
  await backend.registerConnector(group, connector, {
    connectorName: `Golden-${o.id}`,
    refreshTimeInterval: 30,
  });

  // Search and catalog targets (the group element stands in for a target)
  await backend.searchElements('', [], page);
  await backend.searchElements('Golden group', ['IntegrationGroup'], page);
  const target = await backend.addCatalogTarget(connector, group, {
    catalogTargetName: 'golden',
    configurationProperties: { depth: 2 },
    deleteMethod: 'ARCHIVE',
  });
  await backend.getCatalogTarget(target);
  await backend.listCatalogTargets(connector, page);
  await backend.listAllCatalogTargets({ startFrom: 0, pageSize: 1000 });
  await backend.updateCatalogTarget(target, {
    catalogTargetName: 'golden',
    deleteMethod: 'SOFT_DELETE',
  });
  await backend.removeCatalogTarget(target);

  // The integration daemon, on a connector it runs
  const status = await backend.daemonStatus(o.daemon);
  await backend.groupSummaries(o.daemon);
  let running: (typeof status.groups)[number] | undefined;
  for (const candidate of status.groups.filter((g) => g.connectors.length > 0))
    if (await backend.findGroupByName(candidate.name)) {
      running = candidate;
      break;
    }
  const report = running?.connectors[0];
  if (running && report) {
    await backend.groupSummary(o.daemon, running.name);
    await backend.connectorConfigurationProperties(o.daemon, report.connectorName);
    await backend.updateConnectorConfigurationProperties(
      o.daemon,
      report.connectorName,
      { goldenMarker: o.id },
      { merge: true },
    );
    await backend.refreshConnectors(o.daemon, report.connectorName);
    await backend.restartConnectors(o.daemon, report.connectorName);
    await backend.refreshGroupConfig(o.daemon, running.name);
  }
  await expectFailure(() => backend.groupSummary(o.daemon, name('NotInTheDaemon')));
  await expectFailure(() => backend.connectorConfigurationProperties(o.daemon, name('NotRunning')));

  // Clean-up
  await backend.unregisterConnector(group, connector);
  await backend.deleteConnector(connector, connectorName);
  await backend.deleteGroup(group, name('IntegrationGroup'));
}
