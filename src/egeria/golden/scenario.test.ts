/**
 * The client against whole runs captured from real Egeria 5.3 and 6.1: replaying the golden
 * scenario must send exactly the calls the real platform was sent, and read every answer it gave.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from './scenario';
import { GOLDEN_DIR } from './golden-fetch';
import { replayBackend } from './replay-backend';
import type { ScenarioCapture } from './scenario-capture';

const BASE = 'http://egeria.test';

describe.each(['5.3', '6.1'])('the golden scenario captured from real Egeria %s', (release) => {
  const file = join(GOLDEN_DIR, `scenario-${release}.json`);

  it('replays call for call, and every answer is read', async () => {
    expect(existsSync(file), `${file} (scripts/golden/capture.ts writes it)`).toBe(true);
    const capture = JSON.parse(readFileSync(file, 'utf8')) as ScenarioCapture;
    const { backend, unused } = replayBackend(capture, BASE);
    await runScenario(backend, capture.meta);
    expect(unused().map((e) => `${e.method} ${e.path}`)).toEqual([]);
    expect(capture.exchanges.length).toBeGreaterThan(40);
  });
});
