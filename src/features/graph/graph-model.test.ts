import { describe, expect, it } from 'vitest';
import {
  catalogTarget,
  connection,
  connectorType,
  endpoint,
  group,
  registration,
} from '../../test/graph-data';
import { buildGraphModel, findNodeByName, type GraphEdge, type GraphModel } from './graph-model';

function edgesOfKind(model: GraphModel, kind: GraphEdge['kind']): GraphEdge[] {
  return model.edges.filter((edge) => edge.kind === kind);
}

const sharedType = connectorType('type-files');
const sharedEndpoint = endpoint('endpoint-kafka', 'kafka:9092');

describe('buildGraphModel', () => {
  const files = registration(
    'FilesCataloguer',
    'c-files',
    connection('n-files', { connectorType: sharedType, endpoint: endpoint('e-files') }),
  );
  const hampton = registration(
    'HamptonMonitor',
    'c-hampton',
    connection('n-hampton', { connectorType: sharedType, endpoint: sharedEndpoint }),
  );
  const kafka = registration(
    'KafkaCataloguer',
    'c-kafka',
    connection('n-kafka', { connectorType: connectorType('type-kafka'), endpoint: sharedEndpoint }),
  );
  const targets = new Map([
    ['c-files', [catalogTarget('r1', 'folder-a'), catalogTarget('r2', 'folder-b')]],
    ['c-hampton', [catalogTarget('r3', 'folder-a', 'landingArea')]],
  ]);
  const model = buildGraphModel(
    [{ qualifiedName: 'G', group: group('G', 'g1'), registrations: [kafka, hampton, files] }],
    targets,
  );

  it('draws a shared connector type, endpoint and target once, with an edge from each user', () => {
    const kinds = [...model.nodes.values()].map((n) => n.kind);
    expect(kinds.filter((k) => k === 'connectorType')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'endpoint')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'target')).toHaveLength(2);
    expect(
      edgesOfKind(model, 'connectorType').filter((e) => e.target === 't:type-files'),
    ).toHaveLength(2);
    expect(
      edgesOfKind(model, 'endpoint').filter((e) => e.target === 'e:endpoint-kafka'),
    ).toHaveLength(2);
    expect(
      edgesOfKind(model, 'catalogTarget').filter((e) => e.target === 'x:folder-a'),
    ).toHaveLength(2);
  });

  it('labels each relationship: connectorName, catalogTargetName', () => {
    expect(edgesOfKind(model, 'registration').map((e) => e.label)).toEqual([
      'FilesCataloguer',
      'HamptonMonitor',
      'KafkaCataloguer',
    ]);
    const toFolderA = edgesOfKind(model, 'catalogTarget').filter((e) => e.target === 'x:folder-a');
    expect(toFolderA.map((e) => [e.source, e.label, e.catalogTarget?.relationshipGuid])).toEqual([
      ['c:c-files', 'directoryToMonitor', 'r1'],
      ['c:c-hampton', 'landingArea', 'r3'],
    ]);
    expect(edgesOfKind(model, 'registration')[0]?.registration).toBe(files);
  });

  it('places each shared element in the block of its first user, in connectorName order', () => {
    expect(model.sections[0]?.blocks.map((b) => b.connectorId)).toEqual([
      'c:c-files',
      'c:c-hampton',
      'c:c-kafka',
    ]);
    const [first, second, third] = model.sections[0]?.blocks ?? [];
    expect(first?.rows[0]?.connectorTypeId).toBe('t:type-files');
    expect(second?.rows[0]?.connectorTypeId).toBeUndefined();
    expect(second?.rows[0]?.endpointId).toBe('e:endpoint-kafka');
    expect(third?.rows[0]?.endpointId).toBeUndefined();
    expect(first?.targetIds).toEqual(['x:folder-a', 'x:folder-b']);
    expect(second?.targetIds).toEqual([]);
  });

  it('records which connectors own each element, for the status filter', () => {
    expect(model.owners.get('t:type-files')).toEqual(['c:c-files', 'c:c-hampton']);
    expect(model.owners.get('x:folder-b')).toEqual(['c:c-files']);
  });

  it('draws a connector registered in two groups once, with both registrations', () => {
    const shared = registration('OpenLineageCataloguer', 'c-ol', connection('n-ol'));
    const inOther = { ...shared, connectorName: 'OL-in-trials' };
    const twoGroups = buildGraphModel(
      [
        { qualifiedName: 'Lineage', group: group('Lineage', 'g-l'), registrations: [shared] },
        { qualifiedName: 'Trials', group: group('Trials', 'g-t'), registrations: [inOther] },
      ],
      new Map(),
    );
    const node = twoGroups.nodes.get('c:c-ol');
    expect(node?.kind === 'connector' && node.registrations.map((r) => r.groupName)).toEqual([
      'Lineage',
      'Trials',
    ]);
    expect(edgesOfKind(twoGroups, 'registration').map((e) => [e.source, e.label])).toEqual([
      ['g:g-l', 'OpenLineageCataloguer'],
      ['g:g-t', 'OL-in-trials'],
    ]);
    expect(twoGroups.sections[1]?.blocks).toEqual([]);
    expect(findNodeByName(twoGroups, 'OL-in-trials')).toBe('c:c-ol');
  });

  it('nests embedded connections under a virtual connection, with their position', () => {
    const secrets = connection('n-secrets', {
      displayName: 'Secrets store',
      connectorType: connectorType('type-yaml'),
      endpoint: endpoint('e-secrets'),
    });
    const api = registration(
      'ApiCataloguer',
      'c-api',
      connection('n-api', {
        kind: 'VirtualConnection',
        connectorType: connectorType('type-api'),
        embeddedConnections: [
          {
            position: 0,
            displayName: 'Secrets',
            arguments: { collection: 'x' },
            connection: secrets,
          },
        ],
      }),
    );
    const nested = buildGraphModel(
      [{ qualifiedName: 'G', group: group('G'), registrations: [api] }],
      new Map(),
    );
    expect(nested.sections[0]?.blocks[0]?.rows).toEqual([
      { connectionId: 'n:n-api', depth: 0, connectorTypeId: 't:type-api' },
      {
        connectionId: 'n:n-secrets',
        depth: 1,
        connectorTypeId: 't:type-yaml',
        endpointId: 'e:e-secrets',
      },
    ]);
    const [embedded] = edgesOfKind(nested, 'embedded');
    expect(embedded).toMatchObject({
      source: 'n:n-api',
      target: 'n:n-secrets',
      label: 'embedded #0 Secrets',
      embedded: { position: 0, arguments: { collection: 'x' } },
    });
  });

  it('stops at a connection that embeds itself', () => {
    const loop = connection('n-loop');
    loop.embeddedConnections.push({ position: 0, arguments: {}, connection: loop });
    const model = buildGraphModel(
      [{ qualifiedName: 'G', registrations: [registration('Loop', 'c-loop', loop)] }],
      new Map(),
    );
    expect(model.nodes.has('n:n-loop')).toBe(true);
    expect(model.nodes.get('g:G')?.detail).toBe('Not defined on the metadata server');
  });

  it('finds a deep link target by connectorName first, then by any qualifiedName', () => {
    expect(findNodeByName(model, 'HamptonMonitor')).toBe('c:c-hampton');
    expect(findNodeByName(model, 'Endpoint:endpoint-kafka')).toBe('e:endpoint-kafka');
    expect(findNodeByName(model, 'Folder:folder-b')).toBe('x:folder-b');
    expect(findNodeByName(model, 'G')).toBe('g:g1');
    expect(findNodeByName(model, 'nothing')).toBeUndefined();
  });
});
