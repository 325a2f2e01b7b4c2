/**
 * The graphs read every connector's catalog targets in one relationship search instead of one list
 * per connector. Against the answers real 5.3 and 6.1 gave to both in the golden scenario, the
 * bulk read must find the same targets, read the same way, under the right connector.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR } from './golden-fetch';
import { replayBackend } from './replay-backend';
import type { ScenarioCapture } from './scenario-capture';

const BASE = 'http://egeria.test';

describe.each(['5.3', '6.1'])('catalog targets read in bulk from real Egeria %s', (release) => {
  const capture = JSON.parse(
    readFileSync(join(GOLDEN_DIR, `scenario-${release}.json`), 'utf8'),
  ) as ScenarioCapture;
  const backend = () => replayBackend(capture, BASE).backend;
  const connectorList = capture.exchanges.find((e) =>
    /integration-connectors\/[^/]+\/catalog-targets(\?|$)/.test(e.path),
  );
  const connectorGuid = /integration-connectors\/([^/]+)\/catalog-targets/.exec(
    connectorList?.path ?? '',
  )?.[1];

  it('lists each target as the connector’s own list does, with its connector', async () => {
    expect(connectorGuid).toBeDefined();
    const own = await backend().listCatalogTargets(connectorGuid!, { startFrom: 0, pageSize: 25 });
    const bulk = await backend().listAllCatalogTargets({ startFrom: 0, pageSize: 1000 });
    const mine = bulk.items.filter((t) => t.connectorGuid === connectorGuid);
    expect(own.items.length).toBeGreaterThan(0);
    // The relationship names its element by qualifiedName only, which is what the graph draws.
    const withoutDisplayName = own.items.map((t) => ({
      ...t,
      element: t.element && { ...t.element, displayName: undefined },
    }));
    expect(mine.map(({ connectorGuid: _c, ...t }) => t)).toEqual(withoutDisplayName);
    expect(bulk.mayHaveMore).toBe(false);
  });
});
