/**
 * The CLI's way to an Egeria platform: the same TLS rules as the console server (a CA file per
 * platform, or an explicit insecure flag for that platform only), the same dialect detection, and
 * the console's own EgeriaBackend. On 6.x it signs in with a password read from an environment
 * variable, so the value never appears on a command line or in a pipeline's log.
 */
import type { EgeriaBackend } from '../egeria/backend';
import type { FetchLike } from '../egeria/transport';
import { createV5Backend } from '../egeria/v5/backend-v5';
import { createV6Backend } from '../egeria/v6/backend-v6';
import { TOKEN_PATH } from '../egeria/v6/paths';
import { PlatformConfigSchema, type PlatformConfig } from '../server/config';
import { detectDialect } from '../server/dialect-detection';
import { createUpstream, type Upstream } from '../server/upstream';

export interface PlatformOptions {
  url: string;
  dialect: 'v5' | 'v6' | 'auto';
  userId: string;
  /** 5.x: the metadata access server holding the definitions. */
  metadataServer?: string;
  /** 6.x: the view server. */
  viewServer?: string;
  /** The environment variable holding the 6.x password. */
  passwordEnv: string;
  /** The environment to read it from. */
  env: NodeJS.ProcessEnv;
  caFile?: string;
  insecure: boolean;
  timeoutMs: number;
}

export class CliError extends Error {}

/** fetch over the platform's upstream client, so TLS trust is the console server's. */
function fetchThrough(upstream: Upstream, timeoutMs: number): FetchLike {
  const base = upstream.base.href.replace(/\/+$/, '');
  return async (input, init) => {
    const path = input.startsWith(base) ? input.slice(base.length) : input;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const response = await upstream.request({
      method: init?.method ?? 'GET',
      path,
      headers,
      body: typeof init?.body === 'string' ? Buffer.from(init.body) : undefined,
      timeoutMs,
    });
    return new Response(response.status === 204 ? null : new Uint8Array(response.body), {
      status: response.status,
      headers: Object.entries(response.headers).flatMap(([k, v]) =>
        v === undefined ? [] : Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v]],
      ),
    });
  };
}

async function signIn(
  fetch: FetchLike,
  base: string,
  userId: string,
  passwordEnv: string,
  env: NodeJS.ProcessEnv,
) {
  const password = env[passwordEnv];
  if (!password)
    throw new CliError(
      `Egeria 6.x needs a sign-in: put the password of ${userId} in the environment variable ${passwordEnv} (or name another with --password-env).`,
    );
  const response = await fetch(`${base}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/plain' },
    body: JSON.stringify({ userId, password }),
  });
  if (response.status !== 200)
    throw new CliError(
      `The platform refused the sign-in of ${userId} (HTTP ${response.status}). Check the user id and the password in ${passwordEnv}.`,
    );
  return (await response.text()).trim();
}

export interface Connected {
  backend: EgeriaBackend;
  /** What to call the platform in messages and in a bundle's `source`. */
  label: string;
  close(): void;
}

/** A backend for the platform the options name. */
export async function connect(options: PlatformOptions): Promise<Connected> {
  const parsed = PlatformConfigSchema.safeParse({
    id: 'cli',
    url: options.url,
    // `auto` needs the metadata server only if the platform turns out to be 5.x (checked below).
    dialect: options.dialect === 'auto' ? 'v6' : options.dialect,
    userId: options.userId,
    metadataServer: options.metadataServer,
    viewServer: options.viewServer,
    tls: { caFile: options.caFile, insecure: options.insecure },
    timeoutMs: options.timeoutMs,
  });
  if (!parsed.success)
    throw new CliError(
      parsed.error.issues
        .map((issue) => `--${flagOf(issue.path.join('.'))}: ${issue.message}`)
        .join('\n'),
    );
  const config: PlatformConfig = parsed.data;
  let upstream: Upstream;
  try {
    upstream = createUpstream(config);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const fetch = fetchThrough(upstream, config.timeoutMs);
  const base = upstream.base.href.replace(/\/+$/, '');
  let dialect = options.dialect;
  if (dialect === 'auto') {
    try {
      dialect = (await detectDialect(upstream, config.userId, config.timeoutMs)).dialect;
    } catch (error) {
      upstream.close();
      throw new CliError(
        `Could not tell which Egeria release ${config.url} runs: ${(error as Error).message}. Name it with --dialect v5 or v6.`,
      );
    }
  }
  let backend: EgeriaBackend;
  if (dialect === 'v6') {
    let token: string;
    try {
      token = await signIn(fetch, base, config.userId, options.passwordEnv, options.env);
    } catch (error) {
      upstream.close();
      throw error instanceof CliError ? error : new CliError((error as Error).message);
    }
    backend = createV6Backend({
      baseUrl: base,
      viewServer: config.viewServer ?? 'view-server',
      fetch,
      headers: () => ({ authorization: `Bearer ${token}` }),
    });
  } else {
    if (!config.metadataServer) {
      upstream.close();
      throw new CliError('--metadata-server: is required for Egeria 5.x');
    }
    backend = createV5Backend({
      baseUrl: base,
      userId: config.userId,
      metadataServer: config.metadataServer,
      fetch,
    });
  }
  return { backend, label: config.url, close: () => upstream.close() };
}

function flagOf(field: string): string {
  const flags: Record<string, string> = {
    url: 'url',
    dialect: 'dialect',
    userId: 'user',
    metadataServer: 'metadata-server',
    viewServer: 'view-server',
    'tls.caFile': 'ca-file',
    timeoutMs: 'timeout',
  };
  return flags[field] ?? field;
}
