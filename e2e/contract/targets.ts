/**
 * The platforms the contract suite judges: the embedded sandbox speaking Egeria 5.3, the same
 * sandbox speaking 6.x, and a real Egeria platform when EGERIA_CONTRACT_URL names one (its dialect
 * from EGERIA_CONTRACT_DIALECT). Behavioural assertions run against every target through the
 * console's EgeriaBackend; wire-shape assertions run against the targets of their dialect. The
 * behavioural suite also runs against each sandbox through the console server's operations (the
 * browser's RPC backend, the operation table's argument checks, the server-side dialect), so an
 * input the screens can send but the table refuses shows up here, on both dialects.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { embedsConnections, type EgeriaBackend } from '../../src/egeria/backend';
import { CONSOLE_REQUEST_HEADER } from '../../src/egeria/platform-info';
import { createRpcBackend } from '../../src/egeria/rpc-backend';
import type {
  ConnectionInput,
  ConnectorInput,
  EmbeddedConnectionInput,
} from '../../src/egeria/model';
import type { FetchLike } from '../../src/egeria/transport';
import { FILES_MONITOR, YAML_SECRETS } from '../../src/test/egeria-test-kit';
import { createV5Backend } from '../../src/egeria/v5/backend-v5';
import {
  configurationServicePath,
  integrationDaemonPath,
  platformServicesPath,
} from '../../src/egeria/v5/paths';
import { createV6Backend } from '../../src/egeria/v6/backend-v6';
import * as six from '../../src/egeria/v6/paths';
import { consolePlatformEntry } from '../fixtures/console-platform';

export type ContractDialect = 'v5' | 'v6';

export interface ContractTarget {
  name: string;
  dialect: ContractDialect;
  url: string;
  userId: string;
  /** 6.x: the password to sign in with. */
  password: string;
  metadataServer: string;
  /** 6.x: the view server. */
  viewServer: string;
  daemon: string;
  /** A directory the platform can read, for files-monitor connectors. */
  workDir: string;
  /** 6.x: the bearer token obtained at start. */
  token?: string;
  /** 6.x: the release the platform says it is ("6.1"). */
  release?: string;
  /** Set when the target is reached through a console server's operations. */
  console?: { url: string; cookie: string };
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Every target, or those of one dialect; with `throughConsole`, each sandbox once more behind a console server. */
export function contractTargets(
  dialect?: ContractDialect,
  options: { throughConsole?: boolean } = {},
): ContractTarget[] {
  // EGERIA_CONTRACT_SANDBOX=false judges only the real platform named by EGERIA_CONTRACT_URL.
  const withSandbox = process.env['EGERIA_CONTRACT_SANDBOX'] !== 'false';
  const targets: ContractTarget[] = withSandbox ? [sandboxTarget('v5'), sandboxTarget('v6')] : [];
  if (withSandbox && options.throughConsole)
    targets.push(throughConsole(sandboxTarget('v5')), throughConsole(sandboxTarget('v6')));
  const url = process.env['EGERIA_CONTRACT_URL'];
  if (url) {
    const realDialect = process.env['EGERIA_CONTRACT_DIALECT'] === 'v6' ? 'v6' : 'v5';
    const target: ContractTarget = {
      name: `real Egeria (${realDialect}) at ${url}`,
      dialect: realDialect,
      url,
      userId: process.env['EGERIA_CONTRACT_USER'] ?? 'garygeeke',
      password: process.env['EGERIA_CONTRACT_PASSWORD'] ?? 'secret',
      metadataServer: process.env['EGERIA_CONTRACT_METADATA_SERVER'] ?? 'active-metadata-store',
      viewServer: process.env['EGERIA_CONTRACT_VIEW_SERVER'] ?? 'view-server',
      daemon: process.env['EGERIA_CONTRACT_DAEMON'] ?? 'integration-daemon',
      workDir:
        process.env['EGERIA_CONTRACT_WORKDIR'] ?? mkdtempSync(join(tmpdir(), 'egeria-contract-')),
      start: async () => {
        if (target.dialect === 'v6') target.token = await signIn(target);
      },
      stop: async () => {},
    };
    targets.push(target);
  }
  return dialect ? targets.filter((t) => t.dialect === dialect) : targets;
}

function sandboxTarget(dialect: ContractDialect, release: '6.1' | '6.2' = '6.1'): ContractTarget {
  let close: (() => Promise<void>) | undefined;
  const target: ContractTarget = {
    name: dialect === 'v5' ? 'embedded sandbox (5.3)' : `embedded sandbox (${release})`,
    dialect,
    url: '',
    userId: 'garygeeke',
    password: 'secret',
    metadataServer: '',
    viewServer: '',
    daemon: '',
    workDir: mkdtempSync(join(tmpdir(), 'sandbox-contract-')),
    async start() {
      const { startSandbox } = await import('../../src/sandbox/sandbox');
      const sandbox = await startSandbox({
        seed: 'empty',
        dbFile: ':memory:',
        minuteMs: 200,
        dialects: [dialect],
        release,
      });
      target.url = sandbox.url;
      target.metadataServer = sandbox.metadataServer;
      target.viewServer = sandbox.viewServer ?? '';
      target.daemon = sandbox.daemons[0] ?? 'integration-daemon';
      target.release = dialect === 'v6' ? release : undefined;
      close = () => sandbox.close();
      if (dialect === 'v6') target.token = await signIn(target);
    },
    async stop() {
      await close?.();
    },
  };
  return target;
}

/** The target behind a console server of its own (on loopback, no console sign-in). */
function throughConsole(target: ContractTarget): ContractTarget {
  let close: (() => Promise<void>) | undefined;
  const startPlatform = target.start.bind(target);
  const stopPlatform = target.stop.bind(target);
  return Object.assign(target, {
    name: `${target.name} through the console's operations`,
    async start() {
      await startPlatform();
      const { buildConsoleServer } = await import('../../src/server/app');
      const app = await buildConsoleServer({
        platforms: [
          {
            ...consolePlatformEntry('contract', target),
            tls: { insecure: false },
            timeoutMs: 30_000,
          },
        ],
      });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      let cookie = '';
      if (target.dialect === 'v6') {
        const signIn = await fetch(`${url}/api/session/contract`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CONSOLE_REQUEST_HEADER]: '1' },
          body: JSON.stringify({ userId: target.userId, password: target.password }),
        });
        if (!signIn.ok) throw new Error(`console sign-in failed: HTTP ${signIn.status}`);
        cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }
      target.console = { url, cookie };
      close = () => app.close();
    },
    async stop() {
      await close?.();
      await stopPlatform();
    },
  });
}

/** A 6.x sandbox imitating a given release (for release-specific assertions). */
export function sandboxOfRelease(release: '6.1' | '6.2'): ContractTarget {
  return sandboxTarget('v6', release);
}

/** POST /api/token → the bearer token (the body is the token itself). */
export async function signIn(target: Pick<ContractTarget, 'url' | 'userId' | 'password'>) {
  const response = await fetch(`${target.url}${six.TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: target.userId, password: target.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return (await response.text()).trim();
}

const authHeader = (target: ContractTarget): Record<string, string> =>
  target.dialect === 'v6' && target.token ? { authorization: `Bearer ${target.token}` } : {};

/** Raw HTTP against a target, for asserting the wire shape itself. */
export function rawClient(target: ContractTarget) {
  async function call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    headers: Record<string, string> = authHeader(target),
  ) {
    const response = await fetch(target.url + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json: json ?? {}, headers: response.headers };
  }
  const v6 = target.dialect === 'v6';
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    /** 5.3 only. */
    gcs: () => configurationServicePath(target.metadataServer, target.userId),
    daemon: () =>
      v6
        ? six.integrationDaemonPath(target.daemon)
        : integrationDaemonPath(target.daemon, target.userId),
    platform: () => (v6 ? six.PLATFORM_SERVICES_PATH : platformServicesPath(target.userId)),
    admin: (server: string) =>
      v6
        ? six.adminServicesPath(server)
        : `/open-metadata/admin-services/users/${encodeURIComponent(target.userId)}/servers/${encodeURIComponent(server)}`,
    /** 6.x view services. */
    view: (service: six.ViewService) => six.viewServicePath(target.viewServer, service),
  };
}

export function backendFor(target: ContractTarget, fetch?: FetchLike): EgeriaBackend {
  const via = target.console;
  if (via) {
    return createRpcBackend(
      { id: 'contract', dialect: target.dialect },
      {
        fetch: (path, init) =>
          globalThis.fetch(via.url + path, {
            ...init,
            headers: { ...(init?.headers as Record<string, string>), cookie: via.cookie },
          }),
      },
    );
  }
  if (target.dialect === 'v6') {
    return createV6Backend({
      baseUrl: target.url,
      viewServer: target.viewServer,
      headers: () => authHeader(target),
      fetch,
    });
  }
  return createV5Backend({
    baseUrl: target.url,
    userId: target.userId,
    metadataServer: target.metadataServer,
    fetch,
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

/**
 * Egeria 5.3 reads a connector whose connection embeds another connection with unbounded
 * recursion and its platform stops, so the console refuses to make one there.
 */
export const canEmbedConnections = (target: ContractTarget): boolean =>
  embedsConnections(target.dialect);

/** On 5.3: the save is refused with the console's own message id, before anything is sent. */
export async function expectEmbeddingRefused(
  backend: EgeriaBackend,
  save: Promise<unknown>,
  qualifiedName: string,
): Promise<void> {
  const error = await save.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ kind: 'invalid', messageId: 'CONSOLE-EGERIA53-400-001' });
  expect(await backend.findConnectorByName(qualifiedName)).toBeNull();
}

/** A files monitor watching the target's work folder: a connector every target accepts. */
export function filesMonitorInput(
  target: ContractTarget,
  id: string,
  name: string,
  overrides: Partial<ConnectorInput> = {},
): ConnectorInput {
  return {
    qualifiedName: `Contract:${id}:IntegrationConnector:${name}`,
    name,
    description: `Contract test connector ${name}`,
    connection: {
      kind: 'Connection',
      qualifiedName: `Contract:${id}:Connection:${name}`,
      connectorType: { connectorProviderClassName: FILES_MONITOR },
      endpoint: { address: target.workDir },
      configurationProperties: { waitForDirectory: true, catalogAllFiles: 'true' },
    },
    ...overrides,
  };
}

/** The element of a successful Egeria response of this class, once the class and code are checked. */
export function elementOf(
  response: { json: Record<string, unknown> },
  responseClass: string,
): Record<string, any> {
  expect(response.json).toMatchObject({ class: responseClass, relatedHTTPCode: 200 });
  return response.json['element'] as Record<string, any>;
}

/**
 * An embedded YAML secrets-store connection at `position` of a virtual connection; `connection`
 * gives the parts a test cares about (an endpoint, secrets, or the GUID of a stored one to keep).
 */
export const embeddedSecretsStore = (
  position: number,
  displayName: string,
  connection: Partial<ConnectionInput> = {},
): EmbeddedConnectionInput => ({
  position,
  displayName,
  connection: {
    kind: 'Connection',
    connectorType: { connectorProviderClassName: YAML_SECRETS },
    ...connection,
  },
});

/**
 * What a suite creates on a target, removed when it ends (connectors before groups, failures
 * ignored: a real platform may already have cascaded the delete).
 */
export function createdElements(target: ContractTarget) {
  const groups: Array<[string, string]> = [];
  const connectors: Array<[string, string]> = [];
  return {
    group: (guid: string, qualifiedName: string) => groups.push([guid, qualifiedName]),
    connector: (guid: string, qualifiedName: string) => connectors.push([guid, qualifiedName]),
    async removeAll(): Promise<void> {
      const backend = backendFor(target);
      for (const [guid, qn] of connectors)
        await backend.deleteConnector(guid, qn).catch(() => undefined);
      for (const [guid, qn] of groups) await backend.deleteGroup(guid, qn).catch(() => undefined);
    },
  };
}

/**
 * Starts the target before the suite's tests and, after them, removes what they created and stops
 * it; returns the record the tests add what they create to.
 */
export function useTarget(target: ContractTarget) {
  const created = createdElements(target);
  beforeAll(() => target.start());
  afterAll(async () => {
    await created.removeAll();
    await target.stop();
  });
  return created;
}
