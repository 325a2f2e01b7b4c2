import { describe, expect, it } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import { OPERATIONS, roleAllows } from '../../egeria/operations';
import { createV5Backend } from '../../egeria/v5/backend-v5';
import { createV6Backend } from '../../egeria/v6/backend-v6';
import { buildOperationTable } from './operation-table';

const table = buildOperationTable({ daemons: ['d1'], servers: ['mds', 'd1'] });

/** The methods a real dialect backend has (what the interface makes every dialect implement). */
function methodsOf(backend: EgeriaBackend): string[] {
  return Object.keys(backend).filter(
    (key) => typeof (backend as unknown as Record<string, unknown>)[key] === 'function',
  );
}

describe('the operation table', () => {
  const unreachable = () => Promise.reject(new Error('no network in this test'));
  const dialects = {
    v5: createV5Backend({ baseUrl: '', userId: 'u', metadataServer: 'mds', fetch: unreachable }),
    v6: createV6Backend({ baseUrl: '', viewServer: 'view-server', fetch: unreachable }),
  };

  it.each(Object.entries(dialects))(
    'has one entry for every method of the %s backend, and none for anything else',
    (_dialect, backend) => {
      expect(Object.keys(table).sort()).toEqual(methodsOf(backend).sort());
      for (const [method, spec] of Object.entries(table)) expect(spec.method).toBe(method);
    },
  );

  it('names every operation once, as subject.verb', () => {
    const names = Object.values(table).map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('lets viewers read, operators run, and only editors change definitions', () => {
    for (const spec of Object.values(table)) {
      if (spec.kind === 'read') expect(spec.role).toBe('viewer');
      else expect(roleAllows(spec.role, 'operator')).toBe(true);
    }
    expect(OPERATIONS.restartConnectors).toMatchObject({
      name: 'connector.restart',
      role: 'operator',
    });
    expect(OPERATIONS.refreshGroupConfig).toMatchObject({
      name: 'daemon.refreshConfig',
      role: 'operator',
    });
    expect(OPERATIONS.updateGroup).toMatchObject({ name: 'group.update', role: 'editor' });
    expect(OPERATIONS.addCatalogTarget).toMatchObject({
      name: 'catalogTarget.add',
      role: 'editor',
    });
  });

  it('asks a preview for the role of the write it previews', () => {
    const preview = table.previewRequest;
    expect(preview.roleFor?.([{ kind: 'refreshGroupConfig', daemon: 'd1', groupName: 'G' }])).toBe(
      'operator',
    );
    expect(preview.roleFor?.([{ kind: 'deleteGroup', guid: 'g', qualifiedName: 'G' }])).toBe(
      'editor',
    );
  });

  it('accepts the inputs the screens send, and names their elements for the audit log', () => {
    const input = {
      qualifiedName: 'Coco:Connector:Files',
      name: 'FilesMonitor',
      usesBlockingCalls: false,
      additionalProperties: { team: 'data' },
      connection: {
        kind: 'VirtualConnection',
        qualifiedName: 'Coco:Connection:Files',
        configurationProperties: { waitForDirectory: true, depth: 2, nested: { a: [1, 'x'] } },
        connectorType: { connectorProviderClassName: 'org.example.Provider' },
        endpoint: { address: 'data/landing' },
        embeddedConnections: [
          {
            position: 0,
            arguments: { a: 1 },
            connection: {
              kind: 'Connection',
              secrets: { clearPassword: 'typed', securedProperties: { token: 't' } },
              connectorType: { qualifiedName: 'Secrets' },
            },
          },
        ],
      },
    };
    const args = table.createConnector.args.parse([input]);
    expect(table.createConnector.subjects(args)).toEqual([
      { kind: 'connector', guid: undefined, name: 'Coco:Connector:Files' },
      { kind: 'connector', guid: undefined, name: 'FilesMonitor' },
    ]);
    expect(
      table.registerConnector.args.safeParse([
        'g-1',
        'c-1',
        {
          connectorName: 'FilesMonitor',
          startDate: '2030-01-01T00:00:00.000Z',
          stopDate: '2031-01-01T00:00:00.000Z',
          refreshTimeInterval: 60,
          permittedSynchronization: 'FROM_THIRD_PARTY',
          generateIntegrationReports: true,
        },
      ]).success,
    ).toBe(true);
    expect(table.restartConnectors.args.safeParse(['d1']).success).toBe(true);
    expect(table.restartConnectors.subjects(['d1', 'FilesMonitor'])).toEqual([
      { kind: 'daemon', name: 'd1' },
      { kind: 'connector', guid: undefined, name: 'FilesMonitor' },
    ]);
  });

  it('refuses embedded connections nested deeper than Egeria would go', () => {
    let connection: Record<string, unknown> = { kind: 'Connection', connectorType: {} };
    for (let i = 0; i < 8; i++)
      connection = {
        kind: 'VirtualConnection',
        connectorType: {},
        embeddedConnections: [{ position: 0, connection }],
      };
    const parsed = table.createConnector.args.safeParse([{ qualifiedName: 'C', connection }]);
    expect(parsed.success).toBe(false);
  });
});
