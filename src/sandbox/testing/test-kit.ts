/**
 * Helpers for the sandbox's own tests: a runtime without listeners, and raw HTTP calls against a
 * started sandbox that return status, parsed JSON and the raw text (key order included).
 */
import { PlatformRuntime } from '../platform-runtime';
import type { SeedSpec } from '../seed/apply-seed';
import {
  GOVERNANCE_CONFIGURATION_BASE,
  INTEGRATION_DAEMON_BASE,
  PLATFORM_BASE,
} from '../wire/paths';

/** A route template with its path variables filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/:([A-Za-z]+)/g, (whole, name: string) =>
    values[name] !== undefined ? encodeURIComponent(values[name]) : whole,
  );
}

export const USER = 'garygeeke';
export const METADATA_SERVER = 'active-metadata-store';

export function testRuntime(
  seed: SeedSpec = 'empty',
  options: { minuteMs?: number; dbFile?: string } = {},
): PlatformRuntime {
  const runtime = new PlatformRuntime({
    dbFile: options.dbFile ?? ':memory:',
    metadataServer: METADATA_SERVER,
    minuteMs: options.minuteMs ?? 60_000,
    configRefreshMinutes: 60,
    log: () => {},
  });
  runtime.start(seed);
  return runtime;
}

export interface RawAnswer {
  status: number;
  text: string;
  json: Record<string, unknown>;
  contentType: string;
}

/** One call with a JSON body (if any) and bearer token (if any); an answer that is not JSON reads as {}. */
export async function sendJson(url: string, method: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = {};
  }
  return { response, text, json };
}

export function rawHttp(baseUrl: string) {
  async function call(method: string, path: string, body?: unknown): Promise<RawAnswer> {
    const { response, text, json } = await sendJson(baseUrl + path, method, body);
    return {
      status: response.status,
      text,
      json,
      contentType: response.headers.get('content-type') ?? '',
    };
  }
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    gcs: fill(GOVERNANCE_CONFIGURATION_BASE, {
      server: METADATA_SERVER,
      marker: 'governance-server',
      userId: USER,
    }),
    daemon: (name = 'integration-daemon') =>
      fill(INTEGRATION_DAEMON_BASE.v5, { daemon: name, userId: USER }),
    platform: fill(PLATFORM_BASE.v5, { userId: USER }),
  };
}

/** Polls `probe` until it returns a value (or the timeout passes). */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
