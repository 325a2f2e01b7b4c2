/**
 * Runs the golden scenario (src/egeria/golden/scenario.ts) against a real Egeria platform and
 * writes every exchange — request and answer — as a golden, GUIDs and times normalised, the
 * platform's folder shown as /opt/egeria/platform, nothing else edited:
 *
 *   npx tsx scripts/golden/capture.ts --url http://127.0.0.1:9461 --dialect v6 --release 6.1 \
 *     --workdir /srv/egeria/platform/loading-bay --platform-dir /srv/egeria/platform
 *
 * 6.x signs in with EGERIA_PASSWORD (default "secret"); the token is never written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FetchLike } from '../../src/egeria/transport';
import { createV5Backend } from '../../src/egeria/v5/backend-v5';
import { createV6Backend } from '../../src/egeria/v6/backend-v6';
import { runScenario } from '../../src/egeria/golden/scenario';
import type { Exchange, ScenarioCapture } from '../../src/egeria/golden/scenario-capture';
import { normalise } from './normalise';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    dialect: { type: 'string', default: 'v5' },
    release: { type: 'string' },
    user: { type: 'string', default: 'garygeeke' },
    'metadata-server': { type: 'string', default: 'active-metadata-store' },
    'view-server': { type: 'string', default: 'view-server' },
    daemon: { type: 'string', default: 'integration-daemon' },
    workdir: { type: 'string' },
    'platform-dir': { type: 'string' },
  },
});
const { url, release, workdir, user, daemon } = values;
const viewServer = values['view-server'];
const metadataServer = values['metadata-server'];
if (!url || !release || !workdir || !user || !daemon || !viewServer || !metadataServer) {
  console.error('usage: capture.ts --url URL --dialect v5|v6 --release 5.3|6.1 --workdir DIR');
  process.exit(2);
}

async function signIn(): Promise<string> {
  const response = await fetch(`${url}/api/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      userId: values.user,
      password: process.env['EGERIA_PASSWORD'] ?? 'secret',
    }),
  });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return (await response.text()).trim();
}

const exchanges: Exchange[] = [];
const recording: FetchLike = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  exchanges.push({
    method: init?.method ?? 'GET',
    path: input.slice(url.length),
    ...(typeof init?.body === 'string' ? { request: JSON.parse(init.body) as unknown } : {}),
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text,
  });
  return response;
};

const id = Date.now().toString(36);
const token = values.dialect === 'v6' ? await signIn() : undefined;
const backend =
  values.dialect === 'v6'
    ? createV6Backend({
        baseUrl: url,
        viewServer,
        fetch: recording,
        headers: () => ({ authorization: `Bearer ${token}` }),
      })
    : createV5Backend({
        baseUrl: url,
        userId: user,
        metadataServer,
        fetch: recording,
      });
const meta = {
  release,
  dialect: values.dialect as 'v5' | 'v6',
  id,
  daemon,
  workDir: workdir,
  embeds: values.dialect === 'v6',
  unknownGuid: 'f0f0f0f0-0000-4000-8000-00000000dead',
  userId: user,
  metadataServer,
  viewServer,
};
await runScenario(backend, meta);

const capture: ScenarioCapture = { meta, exchanges };
let text = JSON.stringify(capture, null, 2);
if (values['platform-dir']) text = text.split(values['platform-dir']).join('/opt/egeria/platform');
const out = join('e2e/golden', `scenario-${release}.json`);
writeFileSync(out, `${normalise(text)}\n`);
console.log(`${exchanges.length} exchanges written to ${out}`);
