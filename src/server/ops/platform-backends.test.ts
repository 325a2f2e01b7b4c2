import { describe, expect, it } from 'vitest';
import { EgeriaError } from '../../egeria/errors';
import type { PlatformConfig } from '../config';
import { DialectResolver } from '../dialect-detection';
import { platformReadShares } from '../shared-reads';
import type { Upstream, UpstreamResponse } from '../upstream';
import { statusOf } from './dispatch';
import { PlatformBackends } from './platform-backends';

const config: PlatformConfig = {
  id: 'p',
  url: 'http://egeria.example',
  dialect: 'v5',
  userId: 'garygeeke',
  metadataServer: 'mds',
  daemons: ['integration-daemon'],
  tls: { insecure: false },
  timeoutMs: 2_000,
};

describe('PlatformBackends with shared reads', () => {
  it('fails a shared read its caller gave up on as its own read would: cancelled, HTTP 499', async () => {
    let answer: (response: UpstreamResponse) => void = () => {};
    let calls = 0;
    const upstream: Upstream = {
      base: new URL(config.url),
      request: () => {
        calls += 1;
        return new Promise((resolve) => (answer = resolve));
      },
      close: () => {},
    };
    const targets = new Map([['p', { config, upstream }]]);
    const backends = new PlatformBackends(
      targets,
      new DialectResolver(targets),
      platformReadShares(),
    );
    const backend = await backends.backend('p', undefined);

    const leaving = new AbortController();
    const left = backend.daemonStatus('integration-daemon', leaving.signal);
    const staying = backend.daemonStatus('integration-daemon');
    leaving.abort();
    const error = await left.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgeriaError);
    expect(statusOf(error as EgeriaError)).toBe(499);

    // The read the other caller waits for goes on: one call, and it gets the answer.
    answer({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(
        JSON.stringify({
          class: 'IntegrationDaemonStatusResponse',
          relatedHTTPCode: 200,
          integrationDaemonStatus: { integrationGroupSummaries: [] },
        }),
      ),
    });
    expect(await staying).toEqual({ groups: [], connectors: [] });
    expect(calls).toBe(1);
  });
});
