import { describe, expect, it } from 'vitest';
import type { PlatformConfig } from './config';
import { detectDialect, DialectResolver, parseOriginVersion } from './dialect-detection';
import type { Upstream, UpstreamRequest } from './upstream';

/** An upstream answering from a path → [status, body] table, counting calls. */
function upstream(answers: Record<string, [number, string]>) {
  const requests: string[] = [];
  const fake: Upstream = {
    base: new URL('http://egeria:9443'),
    async request(req: UpstreamRequest) {
      requests.push(req.path);
      const [status, body] = answers[req.path] ?? [404, '{"status":404}'];
      return { status, headers: {}, body: Buffer.from(body) };
    },
    close() {},
  };
  return { fake, requests };
}

const SIX = '/open-metadata/platform-services/server-platform/origin';
const FIVE = '/open-metadata/platform-services/users/garygeeke/server-platform/origin';

describe('dialect detection', () => {
  it('reads the version from the origin text', () => {
    expect(parseOriginVersion('Egeria OMAG Server Platform (version 6.1)')).toEqual({
      major: 6,
      minor: 1,
    });
    expect(parseOriginVersion('Egeria OMAG Server Platform (version 5.3-SNAPSHOT)')).toEqual({
      major: 5,
      minor: 3,
    });
    expect(parseOriginVersion('OMAG Server Platform')).toBeUndefined();
  });

  it.each([
    {
      how: '6.x by its open origin, without a userId',
      origin: SIX,
      version: '6.2',
      expected: { dialect: 'v6', version: '6.2', source: 'detected' },
      asked: [SIX],
    },
    {
      how: '5.x by the origin under users/{userId}',
      origin: FIVE,
      version: '5.3',
      expected: { dialect: 'v5', version: '5.3', source: 'detected' },
      asked: [SIX, FIVE],
    },
  ])('knows $how', async ({ origin, version, expected, asked }) => {
    const { fake, requests } = upstream({
      [origin]: [200, `Egeria OMAG Server Platform (version ${version})`],
    });
    expect(await detectDialect(fake, 'garygeeke', 1000)).toEqual(expected);
    expect(requests).toEqual(asked);
  });

  it('fails when neither origin answers', async () => {
    const { fake } = upstream({});
    await expect(detectDialect(fake, 'garygeeke', 1000)).rejects.toThrow(/neither origin/);
  });

  it('remembers a detection, uses configured dialects as they are, and assumes 5.x while a platform is silent', async () => {
    const six = upstream({ [SIX]: [200, 'Egeria OMAG Server Platform (version 6.1)'] });
    const silent = upstream({});
    const config = (id: string, dialect: PlatformConfig['dialect']) =>
      ({ id, dialect, userId: 'garygeeke', timeoutMs: 1000 }) as PlatformConfig;
    const seen: string[] = [];
    const resolver = new DialectResolver(
      new Map([
        ['auto6', { config: config('auto6', 'auto'), upstream: six.fake }],
        ['fixed', { config: config('fixed', 'v6'), upstream: silent.fake }],
        ['down', { config: config('down', 'auto'), upstream: silent.fake }],
      ]),
      (id, result) => seen.push(`${id}:${result instanceof Error ? 'error' : result.dialect}`),
    );
    expect(await resolver.resolve('auto6')).toMatchObject({ dialect: 'v6', source: 'detected' });
    expect(await resolver.resolve('auto6')).toMatchObject({ dialect: 'v6' });
    expect(six.requests).toHaveLength(1);
    expect(await resolver.resolve('fixed')).toEqual({ dialect: 'v6', source: 'configured' });
    expect(await resolver.resolve('down')).toEqual({ dialect: 'v5', source: 'assumed' });
    // Asked again straight away, the silent platform is not asked again (no stall on every request).
    const before = silent.requests.length;
    expect(await resolver.resolve('down')).toEqual({ dialect: 'v5', source: 'assumed' });
    expect(silent.requests).toHaveLength(before);
    expect(seen).toEqual(['auto6:v6', 'down:error']);
    expect(await resolver.resolve('unknown')).toBeUndefined();
  });
});
