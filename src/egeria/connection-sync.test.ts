import { describe, expect, it } from 'vitest';
import {
  connectionSync,
  withUndo,
  type ConnectionElements,
  type ConnectionLink,
  type StoredConnection,
} from './connection-sync';
import type * as M from './model';

/** An in-memory element store: what a platform would hold, and every call made to it. */
function memoryStore() {
  let next = 0;
  const elements = new Map<string, { part: string; values: Record<string, unknown> }>();
  const links: Array<{
    kind: ConnectionLink;
    from: string;
    to: string;
    embedded?: M.EmbeddedConnectionInput;
  }> = [];
  const calls: string[] = [];
  const add = (part: string, values: Record<string, unknown>) => {
    const guid = `${part}-${++next}`;
    elements.set(guid, { part, values });
    return guid;
  };
  const linked = (kind: ConnectionLink, from: string) =>
    links.filter((l) => l.kind === kind && l.from === from);
  const readEndpoint = (guid: string): M.Endpoint => ({
    guid,
    ...(elements.get(guid)!.values as M.Endpoint),
  });
  const read = async (guid: string): Promise<StoredConnection> => {
    const type = linked('connectorType', guid)[0];
    const endpoint = linked('endpoint', guid)[0];
    const embedded = await Promise.all(
      linked('embedded', guid).map(async (l) => ({
        position: l.embedded?.position ?? 0,
        displayName: l.embedded?.displayName,
        arguments: l.embedded?.arguments ?? {},
        stored: await read(l.to),
      })),
    );
    const values = elements.get(guid)!.values;
    return {
      guid,
      properties: values,
      connection: {
        kind: embedded.length ? 'VirtualConnection' : 'Connection',
        guid,
        qualifiedName: values['qualifiedName'] as string,
        secrets: { clearPassword: false, encryptedPassword: false, securedPropertyNames: [] },
        configurationProperties: {},
        additionalProperties: {},
        embeddedConnections: [],
      },
      connectorType: type && {
        guid: type.to,
        connectorType: {
          ...(elements.get(type.to)!.values as Partial<M.ConnectorType>),
          recognizedConfigurationProperties: [],
          recognizedSecuredProperties: [],
          recognizedAdditionalProperties: [],
        },
      },
      endpoint: endpoint && { guid: endpoint.to, endpoint: readEndpoint(endpoint.to) },
      embedded,
    };
  };
  const store: ConnectionElements = {
    sharesEndpoints: true,
    read,
    readEndpoint: async (guid) => readEndpoint(guid),
    endpointUsers: async (guid) =>
      links.filter((l) => l.kind === 'endpoint' && l.to === guid).map((l) => l.from),
    connectionUsers: async (guid) =>
      links
        .filter((l) => (l.kind === 'asset' || l.kind === 'embedded') && l.to === guid)
        .map((l) => l.from),
    findConnectorType: async (input) =>
      [...elements].find(
        ([, e]) =>
          e.part === 'type' &&
          e.values['connectorProviderClassName'] === input.connectorProviderClassName,
      )?.[0],
    createConnectorType: async (input, qualifiedName) => {
      calls.push('create type');
      return add('type', { ...input, qualifiedName });
    },
    createEndpoint: async (input, qualifiedName) => {
      calls.push(`create endpoint ${input.address}`);
      return add('endpoint', { ...input, qualifiedName });
    },
    createConnection: async (input, qualifiedName) => {
      calls.push(`create connection ${qualifiedName}`);
      return add('connection', { qualifiedName });
    },
    updateConnection: async (guid) => void calls.push(`update connection ${guid}`),
    updateEndpoint: async (guid, input) => {
      calls.push(`update endpoint ${guid}`);
      Object.assign(elements.get(guid)!.values, { address: input.address });
    },
    link: async (kind, from, to, embedded) => {
      calls.push(`link ${kind} ${from} ${to}`);
      links.push({ kind, from, to, embedded });
    },
    unlink: async (kind, from, to) => {
      calls.push(`unlink ${kind} ${from} ${to}`);
      links.splice(
        links.findIndex((l) => l.kind === kind && l.from === from && l.to === to),
        1,
      );
    },
    remove: async (part, guid) => {
      calls.push(`remove ${part} ${guid}`);
      elements.delete(guid);
    },
  };
  return { store, elements, links, calls };
}

const input = (address: string): M.ConnectionInput => ({
  kind: 'Connection',
  connectorType: { connectorProviderClassName: 'p.Files' },
  endpoint: { address },
});

/** Connection A with an endpoint, then connection B created naming A's endpoint by GUID. */
async function twoConnectionsNamingOneEndpoint(
  sync: ReturnType<typeof connectionSync>,
  links: Array<{ kind: string; from: string; to: string }>,
) {
  const a = await withUndo((undo) =>
    sync.create(input('data/shared'), 'A:Connection', 'asset-a', undo),
  );
  const shared = links.find((l) => l.kind === 'endpoint' && l.from === a)!.to;
  const b = await withUndo((undo) =>
    sync.create(
      { ...input('data/shared'), endpoint: { guid: shared } },
      'B:Connection',
      'asset-b',
      undo,
    ),
  );
  return { shared, b };
}

describe('connection sync', () => {
  it('creates a connection with its parts and reuses a connector type that already exists', async () => {
    const { store, calls } = memoryStore();
    const sync = connectionSync(store);
    await withUndo((undo) => sync.create(input('data/a'), 'A:Connection', 'asset-a', undo));
    await withUndo((undo) => sync.create(input('data/b'), 'B:Connection', 'asset-b', undo));
    expect(calls.filter((c) => c === 'create type')).toHaveLength(1);
    expect(calls).toContain('link asset asset-a connection-1');
  });

  it('never changes an endpoint other connections use: the edited connection gets its own copy', async () => {
    const { store, elements, links } = memoryStore();
    const sync = connectionSync(store);
    const { shared, b } = await twoConnectionsNamingOneEndpoint(sync, links);
    await sync.update(await store.read(b), input('data/b-only'), true);
    expect(elements.get(shared)!.values['address']).toBe('data/shared');
    const own = links.find((l) => l.kind === 'endpoint' && l.from === b)!.to;
    expect(own).not.toBe(shared);
    expect(elements.get(own)!.values['address']).toBe('data/b-only');
    // An endpoint only this connection uses is edited in place.
    await sync.update(await store.read(b), input('data/b-moved'), true);
    expect(links.find((l) => l.kind === 'endpoint' && l.from === b)!.to).toBe(own);
    expect(elements.get(own)!.values['address']).toBe('data/b-moved');
  });

  it('gives each connection its own endpoint where the platform cannot share one (5.3)', async () => {
    const { store, elements, links } = memoryStore();
    const sync = connectionSync({ ...store, sharesEndpoints: false });
    const { shared, b } = await twoConnectionsNamingOneEndpoint(sync, links);
    const own = links.find((l) => l.kind === 'endpoint' && l.from === b)!.to;
    expect(own).not.toBe(shared);
    expect(elements.get(own)!.values['address']).toBe('data/shared');
  });

  it('deletes a connection only when nothing else uses it', async () => {
    const { store, elements, links } = memoryStore();
    const sync = connectionSync(store);
    const guid = await withUndo((undo) =>
      sync.create(input('data/a'), 'A:Connection', 'asset-a', undo),
    );
    links.push({ kind: 'asset', from: 'asset-other', to: guid });
    await sync.removeIfUnused(guid, new Set(['asset-a']));
    expect(elements.has(guid)).toBe(true);
    await sync.removeIfUnused(guid, new Set(['asset-a', 'asset-other']));
    expect(elements.has(guid)).toBe(false);
  });

  it('removes what a failed create made, newest first', async () => {
    const { store, elements, calls } = memoryStore();
    const failing = {
      ...store,
      link: async (kind: ConnectionLink, from: string, to: string) => {
        if (kind === 'endpoint') throw new Error('refused');
        return store.link(kind, from, to);
      },
    };
    const sync = connectionSync(failing);
    await expect(
      withUndo((undo) => sync.create(input('data/a'), 'A:Connection', 'asset-a', undo)),
    ).rejects.toThrow('refused');
    expect(elements.size).toBe(0);
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual([
      'remove endpoint endpoint-3',
      'remove connectorType type-2',
      'remove connection connection-1',
    ]);
  });
});
