/**
 * The client against whole runs captured from real Egeria 5.3 and 6.1: replaying the golden
 * scenario must send exactly the calls the real platform was sent, and read every answer it gave.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createV5Backend } from '../v5/backend-v5';
import { createV6Backend } from '../v6/backend-v6';
import { runScenario } from './scenario';
import { GOLDEN_DIR } from './golden-fetch';
import { replayFetch, type ScenarioCapture } from './scenario-capture';

const BASE = 'http://egeria.test';

describe.each(['5.3', '6.1'])('the golden scenario captured from real Egeria %s', (release) => {
  const file = join(GOLDEN_DIR, `scenario-${release}.json`);

  it('replays call for call, and every answer is read', async () => {
    expect(existsSync(file), `${file} (scripts/golden/capture.ts writes it)`).toBe(true);
    const capture = JSON.parse(readFileSync(file, 'utf8')) as ScenarioCapture;
    const { fetch, unused } = replayFetch(capture, BASE);
    const backend =
      capture.meta.dialect === 'v6'
        ? createV6Backend({ baseUrl: BASE, viewServer: capture.meta.viewServer, fetch })
        : createV5Backend({
            baseUrl: BASE,
            userId: capture.meta.userId,
            metadataServer: capture.meta.metadataServer,
            fetch,
          });
    await runScenario(backend, capture.meta);
    expect(unused().map((e) => `${e.method} ${e.path}`)).toEqual([]);
    expect(capture.exchanges.length).toBeGreaterThan(40);
  });
});
