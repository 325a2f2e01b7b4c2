/**
 * Real Egeria platforms named by the environment, for the browser walk (e2e/real) and
 * `npm run bench:calls -- --real`. Nothing here runs unless a URL is set:
 *
 *   EGERIA_REAL_5_3_URL        an Egeria 5.3 platform (no sign-in; userId in every URL)
 *   EGERIA_REAL_6_1_URL        an Egeria 6.1 platform (bearer tokens)
 *   EGERIA_REAL_6_1_PASSWORD   the 6.1 user's password (required with EGERIA_REAL_6_1_URL)
 *   EGERIA_REAL_USER           user id on both (default garygeeke)
 *   EGERIA_REAL_METADATA_SERVER, EGERIA_REAL_VIEW_SERVER, EGERIA_REAL_DAEMON
 *                              server names (default active-metadata-store, view-server,
 *                              integration-daemon)
 *   EGERIA_REAL_WORKDIR        a directory the platform's daemon can read (optional)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolePlatformEntry } from '../fixtures/console-platform';

export interface RealPlatform {
  /** The console's platform id. */
  id: 'real53' | 'real61';
  release: '5.3' | '6.1';
  dialect: 'v5' | 'v6';
  url: string;
  userId: string;
  /** 6.1 only: the password the console's sign-in dialog is given. */
  password?: string;
  metadataServer: string;
  viewServer?: string;
  daemon: string;
}

type Env = Record<string, string | undefined>;

export function realPlatformsFromEnv(env: Env = process.env): RealPlatform[] {
  const userId = env['EGERIA_REAL_USER'] || 'garygeeke';
  const metadataServer = env['EGERIA_REAL_METADATA_SERVER'] || 'active-metadata-store';
  const daemon = env['EGERIA_REAL_DAEMON'] || 'integration-daemon';
  const platforms: RealPlatform[] = [];
  const url53 = env['EGERIA_REAL_5_3_URL'];
  if (url53)
    platforms.push({
      id: 'real53',
      release: '5.3',
      dialect: 'v5',
      url: url53,
      userId,
      metadataServer,
      daemon,
    });
  const url61 = env['EGERIA_REAL_6_1_URL'];
  if (url61) {
    const password = env['EGERIA_REAL_6_1_PASSWORD'];
    if (!password)
      throw new Error('EGERIA_REAL_6_1_URL needs EGERIA_REAL_6_1_PASSWORD (the sign-in password)');
    platforms.push({
      id: 'real61',
      release: '6.1',
      dialect: 'v6',
      url: url61,
      userId,
      password,
      metadataServer,
      viewServer: env['EGERIA_REAL_VIEW_SERVER'] || 'view-server',
      daemon,
    });
  }
  return platforms;
}

/** True when the environment names at least one real platform. */
export const hasRealPlatforms = (env: Env = process.env): boolean =>
  Boolean(env['EGERIA_REAL_5_3_URL'] || env['EGERIA_REAL_6_1_URL']);

/** Writes a console configuration naming these platforms (no secrets in it) and returns its path. */
export function writeConsoleConfig(platforms: RealPlatform[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'egeria-real-'));
  const file = join(dir, 'console.json');
  const config = {
    platforms: platforms.map((p) => ({
      ...consolePlatformEntry(p.id, p),
      label: `Real Egeria ${p.release}`,
      // Real platforms on a loaded machine answer slowly; the walk should see their answers.
      timeoutMs: 120_000,
    })),
  };
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}
