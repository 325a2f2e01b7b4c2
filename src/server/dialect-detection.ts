/**
 * Which REST dialect a platform speaks, when the configuration says `auto`: the platform's origin
 * text names its version ("Egeria OMAG Server Platform (version 6.1)"). 6.x answers the origin
 * without a userId and without a token; 5.x only under `users/{userId}`. A successful answer is
 * remembered; a failure is retried at most every few seconds, so an unreachable platform does not
 * slow every request down.
 */
import type { PlatformConfig } from './config';
import type { Upstream } from './upstream';

export type Dialect = 'v5' | 'v6';

export interface Detection {
  dialect: Dialect;
  /** "6.1", when the origin said. */
  version?: string;
  /** configured: from the configuration; detected: from the platform; assumed: the platform did not answer. */
  source: 'configured' | 'detected' | 'assumed';
}

const SIX_ORIGIN = '/open-metadata/platform-services/server-platform/origin';
const fiveOrigin = (userId: string) =>
  `/open-metadata/platform-services/users/${encodeURIComponent(userId)}/server-platform/origin`;

/** "version 6.1" → { major: 6, minor: 1 }; undefined when the text names no version. */
export function parseOriginVersion(origin: string): { major: number; minor: number } | undefined {
  const match = /version\s+(\d+)\.(\d+)/i.exec(origin);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

function fromOrigin(text: string, pathDialect: Dialect): Detection {
  const version = parseOriginVersion(text);
  if (!version) return { dialect: pathDialect, source: 'detected' };
  return {
    dialect: version.major >= 6 ? 'v6' : 'v5',
    version: `${version.major}.${version.minor}`,
    source: 'detected',
  };
}

/** Asks the platform; throws when it answers neither origin path. */
export async function detectDialect(
  upstream: Upstream,
  userId: string,
  timeoutMs: number,
): Promise<Detection> {
  const get = (path: string) =>
    upstream.request({ method: 'GET', path, headers: { accept: 'text/plain' }, timeoutMs });
  const six = await get(SIX_ORIGIN);
  if (six.status === 200) return fromOrigin(six.body.toString('utf8'), 'v6');
  const five = await get(fiveOrigin(userId));
  if (five.status === 200) return fromOrigin(five.body.toString('utf8'), 'v5');
  throw new Error(`neither origin path answered (HTTP ${six.status}, ${five.status})`);
}

const RETRY_AFTER_MS = 5_000;
const DETECTION_TIMEOUT_MS = 5_000;

/** Resolves and remembers each platform's dialect. */
export class DialectResolver {
  private readonly known = new Map<string, Detection>();
  private readonly pending = new Map<string, Promise<Detection | undefined>>();
  private readonly lastFailure = new Map<string, number>();

  constructor(
    private readonly platforms: Map<string, { config: PlatformConfig; upstream: Upstream }>,
    private readonly onDetected: (
      platformId: string,
      detection: Detection | Error,
    ) => void = () => {},
  ) {
    for (const [id, { config }] of platforms) {
      if (config.dialect !== 'auto')
        this.known.set(id, { dialect: config.dialect, source: 'configured' });
    }
  }

  /** The dialect if known now, without asking the platform. */
  peek(platformId: string): Detection | undefined {
    return this.known.get(platformId);
  }

  /** The platform's dialect, asking it when needed; `assumed` v5 when it does not answer. */
  async resolve(platformId: string): Promise<Detection | undefined> {
    const known = this.known.get(platformId);
    if (known) return known;
    const target = this.platforms.get(platformId);
    if (!target) return undefined;
    const failedAt = this.lastFailure.get(platformId);
    if (failedAt !== undefined && Date.now() - failedAt < RETRY_AFTER_MS)
      return { dialect: 'v5', source: 'assumed' };
    let running = this.pending.get(platformId);
    if (!running) {
      running = detectDialect(
        target.upstream,
        target.config.userId,
        Math.min(target.config.timeoutMs, DETECTION_TIMEOUT_MS),
      )
        .then((detection) => {
          this.known.set(platformId, detection);
          this.onDetected(platformId, detection);
          return detection;
        })
        .catch((error: unknown) => {
          this.lastFailure.set(platformId, Date.now());
          this.onDetected(platformId, error instanceof Error ? error : new Error(String(error)));
          return { dialect: 'v5', source: 'assumed' } as Detection;
        })
        .finally(() => this.pending.delete(platformId));
      this.pending.set(platformId, running);
    }
    return running;
  }
}
