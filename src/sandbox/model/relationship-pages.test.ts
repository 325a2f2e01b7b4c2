import { afterAll, describe, expect, it } from 'vitest';
import { testRuntime } from '../testing/test-kit';

describe('relationships of a type, a page at a time', () => {
  const runtime = testRuntime({ connectors: 30, demo: false });
  afterAll(() => runtime.close());
  const { estate } = runtime;
  const pageOf = (startFrom: number, pageSize: number) =>
    estate.relationshipsOfType('CatalogTarget', startFrom, pageSize, 'test').map((r) => r.guid);

  it('pages through every catalog target once, in creation order', () => {
    const all = estate.store.relationshipsOfType('CatalogTarget').map((r) => r.guid);
    expect(all.length).toBeGreaterThan(30);
    const paged = [...pageOf(0, 7), ...pageOf(7, 7), ...pageOf(14, all.length)];
    expect(paged).toEqual(all);
    expect(pageOf(all.length, 10)).toEqual([]);
  });

  it('reads a page size of 0 as the largest page, and refuses one above it', () => {
    expect(pageOf(0, 0)).toHaveLength(
      Math.min(estate.maxPageSize, estate.store.relationshipsOfType('CatalogTarget').length),
    );
    expect(() => pageOf(0, estate.maxPageSize + 1)).toThrow(/OMAG-COMMON-400-010/);
    expect(() => pageOf(-1, 10)).toThrow();
  });
});
