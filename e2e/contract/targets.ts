/**
 * The platforms the contract suite judges: the embedded sandbox always, and a real Egeria 5.3
 * platform when EGERIA_CONTRACT_URL names one. Both get exactly the same assertions.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createV5Backend } from '../../src/egeria/v5/backend-v5';
import type { EgeriaBackend } from '../../src/egeria/backend';
import {
  configurationServicePath,
  integrationDaemonPath,
  platformServicesPath,
} from '../../src/egeria/v5/paths';

export interface ContractTarget {
  name: string;
  url: string;
  userId: string;
  metadataServer: string;
  daemon: string;
  /** A directory the platform can read, for files-monitor connectors. */
  workDir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function contractTargets(): ContractTarget[] {
  const targets: ContractTarget[] = [sandboxTarget()];
  const url = process.env['EGERIA_CONTRACT_URL'];
  if (url) {
    targets.push({
      name: `real Egeria at ${url}`,
      url,
      userId: process.env['EGERIA_CONTRACT_USER'] ?? 'garygeeke',
      metadataServer: process.env['EGERIA_CONTRACT_METADATA_SERVER'] ?? 'active-metadata-store',
      daemon: process.env['EGERIA_CONTRACT_DAEMON'] ?? 'integration-daemon',
      workDir:
        process.env['EGERIA_CONTRACT_WORKDIR'] ?? mkdtempSync(join(tmpdir(), 'egeria-contract-')),
      start: async () => {},
      stop: async () => {},
    });
  }
  return targets;
}

function sandboxTarget(): ContractTarget {
  let close: (() => Promise<void>) | undefined;
  const target: ContractTarget = {
    name: 'embedded sandbox',
    url: '',
    userId: 'garygeeke',
    metadataServer: '',
    daemon: '',
    workDir: mkdtempSync(join(tmpdir(), 'sandbox-contract-')),
    async start() {
      const { startSandbox } = await import('../../src/sandbox/sandbox');
      const sandbox = await startSandbox({ seed: 'empty', dbFile: ':memory:', minuteMs: 200 });
      target.url = sandbox.url;
      target.metadataServer = sandbox.metadataServer;
      target.daemon = sandbox.daemons[0] ?? 'integration-daemon';
      close = () => sandbox.close();
    },
    async stop() {
      await close?.();
    },
  };
  return target;
}

/** Raw HTTP against a target, for asserting the wire shape itself. */
export function rawClient(target: ContractTarget) {
  async function call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    const response = await fetch(target.url + path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json: json ?? {} };
  }
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    gcs: () => configurationServicePath(target.metadataServer, target.userId),
    daemon: () => integrationDaemonPath(target.daemon, target.userId),
    platform: () => platformServicesPath(target.userId),
    admin: (server: string) =>
      `/open-metadata/admin-services/users/${encodeURIComponent(target.userId)}/servers/${encodeURIComponent(server)}`,
  };
}

export function backendFor(target: ContractTarget): EgeriaBackend {
  return createV5Backend({
    baseUrl: target.url,
    userId: target.userId,
    metadataServer: target.metadataServer,
  });
}

/** Names unique to this run, so a shared real platform is not disturbed by leftovers. */
export function runId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Dates as Spring Boot's Jackson writes them: ISO-8601, milliseconds, `+00:00`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;

export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
