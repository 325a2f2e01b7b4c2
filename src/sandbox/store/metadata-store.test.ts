import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MetadataStore } from './metadata-store';

describe('MetadataStore', () => {
  const stores: MetadataStore[] = [];
  const open = (file = ':memory:', now?: () => number) => {
    const store = new MetadataStore(file, now);
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const s of stores.splice(0)) if (s.db.open) s.close();
  });

  it('creates, reads and updates entities, raising the version and recording maintainers', () => {
    let time = 1_000;
    const store = open(':memory:', () => time);
    const created = store.createEntity({
      typeName: 'IntegrationGroup',
      properties: { qualifiedName: 'G', name: 'Group' },
      userId: 'alice',
    });
    expect(created).toMatchObject({
      version: 1,
      createdBy: 'alice',
      createTime: 1_000,
      status: 'ACTIVE',
      originCategory: 'LOCAL_COHORT',
    });
    time = 2_000;
    store.updateEntity(created.guid, { qualifiedName: 'G', name: 'Renamed' }, 'bob');
    const read = store.getEntity(created.guid);
    expect(read).toMatchObject({
      version: 2,
      updatedBy: 'bob',
      updateTime: 2_000,
      maintainedBy: ['alice', 'bob'],
    });
    expect(read?.properties).toEqual({ qualifiedName: 'G', name: 'Renamed' });
    expect(store.findByQualifiedNameOrName('Renamed').map((e) => e.guid)).toEqual([created.guid]);
  });

  it('lists entities of a type in creation order, one page at a time', () => {
    const store = open();
    const guids = Array.from(
      { length: 5 },
      (_, i) =>
        store.createEntity({
          typeName: 'IntegrationGroup',
          properties: { qualifiedName: `G${i}` },
          userId: 'u',
        }).guid,
    );
    store.createEntity({ typeName: 'Endpoint', properties: { qualifiedName: 'E' }, userId: 'u' });
    expect(store.listEntities(['IntegrationGroup'], 0, 2).map((e) => e.guid)).toEqual(
      guids.slice(0, 2),
    );
    expect(store.listEntities(['IntegrationGroup'], 4, 2).map((e) => e.guid)).toEqual(
      guids.slice(4),
    );
    expect(store.listEntities(['IntegrationGroup'], 0, -1)).toHaveLength(5);
  });

  it('finds relationships by either end and deletes them with their entity', () => {
    const store = open();
    const entity = (typeName: string, qualifiedName: string) =>
      store.createEntity({ typeName, properties: { qualifiedName }, userId: 'u' });
    const group = entity('IntegrationGroup', 'G');
    const a = entity('IntegrationConnector', 'A');
    const b = entity('IntegrationConnector', 'B');
    const ra = store.createRelationship({
      typeName: 'RegisteredIntegrationConnector',
      end1Guid: group.guid,
      end2Guid: a.guid,
      properties: { connectorName: 'a' },
      userId: 'u',
    });
    store.createRelationship({
      typeName: 'RegisteredIntegrationConnector',
      end1Guid: group.guid,
      end2Guid: b.guid,
      properties: { connectorName: 'b' },
      userId: 'u',
    });
    expect(
      store
        .relationshipsFromEnd1(group.guid, 'RegisteredIntegrationConnector')
        .map((r) => r.properties['connectorName']),
    ).toEqual(['a', 'b']);
    expect(
      store.relationshipsToEnd2(a.guid, 'RegisteredIntegrationConnector').map((r) => r.guid),
    ).toEqual([ra.guid]);
    expect(
      store.relationshipsBetween('RegisteredIntegrationConnector', group.guid, b.guid),
    ).toHaveLength(1);

    store.deleteEntity(group.guid);
    expect(store.getEntity(group.guid)).toBeUndefined();
    expect(store.getRelationship(ra.guid)).toBeUndefined();
    expect(store.relationshipsToEnd2(b.guid, 'RegisteredIntegrationConnector')).toEqual([]);
  });

  it('rolls a failed transaction back as a whole', () => {
    const store = open();
    expect(() =>
      store.transaction(() => {
        store.createEntity({
          typeName: 'IntegrationGroup',
          properties: { qualifiedName: 'kept?' },
          userId: 'u',
        });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.countEntities()).toBe(0);
  });

  it('keeps its data, secrets included, in a database file across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-store-'));
    try {
      const file = join(dir, 'store.db');
      const first = open(file);
      const guid = first.createEntity({
        typeName: 'Connection',
        properties: { qualifiedName: 'C', clearPassword: 'pw' },
        userId: 'u',
      }).guid;
      first.setMeta('k', 'v');
      first.close();
      const second = open(file);
      expect(second.getEntity(guid)?.properties['clearPassword']).toBe('pw');
      expect(second.getMeta('k')).toBe('v');
      second.wipe();
      expect(second.countEntities()).toBe(0);
      expect(second.getMeta('k')).toBe('v');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
