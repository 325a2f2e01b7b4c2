import { describe, expect, it } from 'vitest';
import type {
  CatalogTarget,
  ConnectorReport,
  GroupSummary,
  IntegrationGroup,
  Registration,
} from '../../egeria/model';
import type { HistoryEntry } from '../../egeria/status-feed-protocol';
import { driftByConnector, groupDrift, instanceStartedAt, type DriftInput } from './drift';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const GROUP = 'Coco:Group';

const group: IntegrationGroup = {
  meta: { guid: 'g1', typeName: 'IntegrationGroup', superTypeNames: [] },
  guid: 'g1',
  qualifiedName: GROUP,
  additionalProperties: {},
};

function registration(name: string, extra: Partial<Registration> = {}): Registration {
  return {
    connectorName: name,
    refreshTimeInterval: 60,
    generateIntegrationReports: false,
    groupGuid: 'g1',
    connector: {
      meta: {
        guid: `c-${name}`,
        typeName: 'IntegrationConnector',
        superTypeNames: [],
        updateTime: '2026-05-01T00:00:00.000Z',
      },
      guid: `c-${name}`,
      qualifiedName: `Coco:Connector:${name}`,
      usesBlockingCalls: false,
      additionalProperties: {},
      connection: {
        kind: 'Connection',
        secrets: { clearPassword: false, encryptedPassword: false, securedPropertyNames: [] },
        configurationProperties: {},
        additionalProperties: {},
        embeddedConnections: [],
        endpoint: { address: 'data/in' },
        connectorType: {
          connectorProviderClassName: 'org.example.Provider',
          recognizedAdditionalProperties: [],
          recognizedConfigurationProperties: [],
          recognizedSecuredProperties: [],
        },
      },
    },
    ...extra,
  };
}

function report(name: string, extra: Partial<ConnectorReport> = {}): ConnectorReport {
  return {
    connectorName: name,
    groupName: GROUP,
    status: 'RUNNING',
    minMinutesBetweenRefresh: 60,
    statistics: {},
    endpointAddress: 'data/in',
    connectorProviderClassName: 'org.example.Provider',
    lastRefreshTime: '2026-06-01T11:00:00.000Z',
    lastStatusChange: '2026-06-01T11:00:00.000Z',
    ...extra,
  };
}

function entry(at: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { at, observedAt: at, status: 'RUNNING', restarted: false, ...extra };
}

function input(
  summary: Partial<GroupSummary>,
  registrations: Registration[],
  extra: Partial<DriftInput> = {},
): DriftInput {
  return {
    daemon: 'integration-daemon',
    summary: { name: GROUP, status: 'RUNNING', connectors: [], ...summary },
    definition: { group, registrations },
    now: NOW,
    ...extra,
  };
}

describe('drift of a group', () => {
  it('finds none when the daemon runs exactly what is registered', () => {
    expect(groupDrift(input({ connectors: [report('A')] }, [registration('A')]))).toEqual([]);
  });

  it('finds a group the daemon is configured with but the metadata lacks', () => {
    const items = groupDrift({
      ...input({ status: 'ASSIGNED' }, []),
      definition: { group: null, registrations: [] },
    });
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'group-missing',
        groupName: GROUP,
        metadata: `There is no integration group with the qualified name ${GROUP}.`,
        daemonReports: expect.stringContaining('status ASSIGNED'),
        actions: ['create-group'],
      }),
    ]);
  });

  it('finds a registered connector the daemon does not run, with when the console last saw it', () => {
    const history = new Map([
      [
        'B',
        [
          entry('2026-05-30T08:00:00.000Z', { status: 'FAILED' }),
          entry('2026-05-01T00:00:00.000Z'),
        ],
      ],
    ]);
    const items = groupDrift(
      input({ connectors: [report('A')] }, [registration('A'), registration('B')], { history }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'registered-not-running',
        connectorName: 'B',
        connectorQualifiedName: 'Coco:Connector:B',
        since: '2026-05-30T08:00:00.000Z',
        sinceSource: 'last seen by the console',
        actions: ['refresh-config'],
      }),
    ]);
  });

  it('expects no instance before the start date or after the stop date', () => {
    const items = groupDrift(
      input({ connectors: [] }, [
        registration('Later', { startDate: '2026-07-01T00:00:00.000Z' }),
        registration('Over', { stopDate: '2026-05-01T00:00:00.000Z' }),
      ]),
    );
    expect(items).toEqual([]);
  });

  it('finds a running connector nobody registers any more', () => {
    const history = new Map([
      [
        'Gone',
        [
          entry('2026-05-20T10:00:00.000Z', { previousStatus: 'INITIALIZED' }),
          entry('2026-05-20T09:59:00.000Z', { restarted: true, status: 'INITIALIZED' }),
        ],
      ],
    ]);
    const items = groupDrift(
      input({ connectors: [report('A'), report('Gone')] }, [registration('A')], { history }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'running-not-registered',
        connectorName: 'Gone',
        metadata: `${GROUP} registers no connector named Gone.`,
        daemonReports: 'Gone is RUNNING, endpoint data/in.',
        since: '2026-05-20T09:59:00.000Z',
        actions: ['refresh-config', 'register'],
      }),
    ]);
  });

  it('finds a connector still running after its stop date', () => {
    const items = groupDrift(
      input({ connectors: [report('A')] }, [
        registration('A', { stopDate: '2026-05-31T00:00:00.000Z' }),
      ]),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'stop-date-passed',
        since: '2026-05-31T00:00:00.000Z',
        actions: ['refresh-config', 'edit-registration'],
      }),
    ]);
    const stopped = groupDrift(
      input({ connectors: [report('A', { status: 'STOPPED' })] }, [
        registration('A', { stopDate: '2026-05-31T00:00:00.000Z' }),
      ]),
    );
    expect(stopped).toEqual([]);
  });

  it('finds a connection changed since the instance started, by content or by time', () => {
    const moved = groupDrift(
      input({ connectors: [report('A', { endpointAddress: 'data/old' })] }, [registration('A')]),
    );
    expect(moved).toEqual([
      expect.objectContaining({
        kind: 'connection-changed',
        metadata:
          'The connection of Coco:Connector:A now says endpoint data/in (the daemon uses data/old).',
        actions: ['refresh-config', 'restart'],
      }),
    ]);

    const history = new Map([['A', [entry('2026-04-01T00:00:00.000Z', { restarted: true })]]]);
    const edited = groupDrift(
      input({ connectors: [report('A')] }, [registration('A')], { history }),
    );
    expect(edited).toEqual([
      expect.objectContaining({
        kind: 'connection-changed',
        since: '2026-05-01T00:00:00.000Z',
        daemonReports: expect.stringContaining('started at 2026-04-01T00:00:00Z'),
      }),
    ]);
    const restartedSince = new Map([
      ['A', [entry('2026-05-02T00:00:00.000Z', { restarted: true })]],
    ]);
    expect(
      groupDrift(
        input({ connectors: [report('A')] }, [registration('A')], { history: restartedSince }),
      ),
    ).toEqual([]);
  });

  it('finds catalog targets set after the connector last refreshed', () => {
    const target = (name: string, updateTime: string): CatalogTarget => ({
      relationshipGuid: `t-${name}`,
      catalogTargetName: name,
      configurationProperties: {},
      templates: {},
      updateTime,
      element: {
        guid: 'e1',
        typeName: 'FileFolder',
        superTypeNames: [],
        qualifiedName: `Folder:${name}`,
      },
    });
    const items = groupDrift({
      ...input({ connectors: [report('A')] }, [registration('A')]),
      definition: {
        group,
        registrations: [registration('A')],
        catalogTargets: new Map([
          [
            'c-A',
            [target('old', '2026-06-01T10:00:00.000Z'), target('new', '2026-06-01T11:30:00.000Z')],
          ],
        ]),
      },
    });
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'catalog-target-added',
        metadata: expect.stringContaining('Catalog target new (Folder:new)'),
        since: '2026-06-01T11:30:00.000Z',
        actions: ['refresh'],
      }),
    ]);
    expect([...driftByConnector(items).keys()]).toEqual(['A']);
  });

  it('takes the instance start from the newest restart or first sighting', () => {
    expect(
      instanceStartedAt([
        entry('2026-05-03T00:00:00.000Z', { previousStatus: 'RUNNING', status: 'FAILED' }),
        entry('2026-05-02T00:00:00.000Z', { restarted: true }),
        entry('2026-05-01T00:00:00.000Z'),
      ]),
    ).toBe('2026-05-02T00:00:00.000Z');
    expect(instanceStartedAt(undefined)).toBeUndefined();
  });
});
