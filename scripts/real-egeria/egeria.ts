/**
 * `npm run egeria`: a real Egeria 5.3 OMAG Server Platform from Maven Central, for the contract
 * suite and for running the console against real Egeria (`npm run start:egeria`).
 *
 * Steps: resolve the platform and connector jars with Maven (non-transitively, into a git-ignored
 * cache), write hermetic application.properties (plain HTTP on a free loopback port), start the
 * platform, configure a metadata access store (in-memory repository, access services without
 * Kafka) and an integration daemon, start both and wait until ready. Ctrl-C stops everything.
 *
 * Status: the resolution step runs and reports clearly; on this project's machines Maven Central
 * serves no Egeria 5.x artifact (docs/real-egeria.md), so the steps after it have not yet run
 * against a real platform.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const VERSION = process.env['EGERIA_VERSION'] ?? '5.3';
const CACHE = resolve('.cache', 'egeria', VERSION);
const USER = 'garygeeke';
const MDS = 'active-metadata-store';
const DAEMON = 'integration-daemon';
const GROUP = 'Console:IntegrationGroup:Files';

/** Thin connector jars the hermetic platform needs on -Dloader.path (real-platform.md §1, §4). */
const LIB_ARTIFACTS = [
  'inmemory-repository-connector',
  'configuration-file-store-connector',
  'audit-log-console-connector',
  'open-metadata-archive-file-connector',
  'inmemory-open-metadata-topic-connector',
  'spring-rest-client-connector',
  'files-integration-connectors',
  'basic-file-connector',
  'data-folder-connector',
  'csv-file-connector',
  'yaml-secrets-store-connector',
];

const started = Date.now();
const log = (message: string) =>
  console.log(`[egeria ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

class StepError extends Error {}

function need(command: string, args: string[], label: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new StepError(
      `${label} is required but "${command} ${args.join(' ')}" failed: ${result.error?.message ?? result.stderr}`,
    );
}

function mavenCopy(artifact: string, outputDirectory: string): void {
  const coordinates = `org.odpi.egeria:${artifact}:${VERSION}`;
  log(`resolving ${coordinates}`);
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      // Re-ask Central rather than trust a failure cached in ~/.m2.
      '-U',
      'dependency:copy',
      `-Dartifact=${coordinates}`,
      `-DoutputDirectory=${outputDirectory}`,
      '-Dmdep.stripVersion=false',
      '-Dtransitive=false',
    ],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    const reason =
      (result.stdout + result.stderr)
        // eslint-disable-next-line no-control-regex -- strip the terminal colour codes Maven prints
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .find((line) => /Could not (find|resolve)|not found/.test(line)) ??
      'see the Maven output above';
    throw new StepError(
      `Maven could not resolve ${coordinates}:\n  ${reason.trim()}\n` +
        `The Maven Central reachable from this machine may not serve Egeria ${VERSION} (see docs/real-egeria.md).`,
    );
  }
}

function resolveJars(): string {
  const platformJar = join(CACHE, `platform-chassis-spring-${VERSION}.jar`);
  if (
    existsSync(platformJar) &&
    LIB_ARTIFACTS.every((a) => existsSync(join(CACHE, 'lib', `${a}-${VERSION}.jar`)))
  ) {
    log(`using cached jars in ${CACHE}`);
    return platformJar;
  }
  mkdirSync(join(CACHE, 'lib'), { recursive: true });
  mavenCopy('platform-chassis-spring', CACHE);
  for (const artifact of LIB_ARTIFACTS) mavenCopy(artifact, join(CACHE, 'lib'));
  return platformJar;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function writeProperties(dir: string, port: number): void {
  writeFileSync(
    join(dir, 'application.properties'),
    [
      `server.port=${port}`,
      'server.address=127.0.0.1',
      'startup.server.list=',
      `startup.user=${USER}`,
      'platform.configstore.provider=org.odpi.openmetadata.adapters.adminservices.configurationstore.file.FileBasedServerConfigStoreProvider',
      'platform.configstore.endpoint=data/servers/{0}/config/{0}.config',
      'authn.header.name.list=',
      'cors.allowed-origins=*',
      'scan.packages=org.odpi.openmetadata.*',
      'springdoc.api-docs.enabled=false',
      'management.health.cassandra.enabled=false',
      'management.health.redis.enabled=false',
      'management.health.ldap.enabled=false',
      '',
    ].join('\n'),
  );
}

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<Record<string, unknown>> {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (
    response.status >= 400 ||
    (typeof json['relatedHTTPCode'] === 'number' && json['relatedHTTPCode'] !== 200)
  ) {
    throw new StepError(
      `${method} ${path} failed: ${response.status} ${String(json['exceptionErrorMessage'] ?? text.slice(0, 300))}`,
    );
  }
  return json;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new StepError(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

async function configure(base: string, watchDir: string): Promise<void> {
  const admin = (server: string) => `/open-metadata/admin-services/users/${USER}/servers/${server}`;
  const platform = `/open-metadata/platform-services/users/${USER}/server-platform`;
  const serverProperties = (name: string) => ({
    localServerDescription: `${name} for the console`,
    organizationName: 'Egeria Integration Console',
    localServerURL: base,
    localServerUserId: `${name}npa`,
    maxPageSize: 1000,
  });

  log(`configuring ${MDS}: in-memory repository, access services without Kafka`);
  await call(base, 'POST', `${admin(MDS)}/server-properties`, serverProperties(MDS));
  await call(base, 'POST', `${admin(MDS)}/local-repository/mode/in-memory-repository`);
  await call(base, 'POST', `${admin(MDS)}/access-services/no-topics`);
  log(`starting ${MDS}`);
  await call(base, 'POST', `${platform}/servers/${MDS}/instance`);

  log(`defining ${GROUP} with a files monitor watching ${watchDir}`);
  const gcs = `/servers/${MDS}/open-metadata/framework-services/governance-server/governance-configuration-service/users/${USER}`;
  const group = await call(base, 'POST', `${gcs}/integration-groups/new`, {
    class: 'IntegrationGroupProperties',
    qualifiedName: GROUP,
    displayName: 'Files (console)',
  });
  const connector = await call(base, 'POST', `${gcs}/integration-connectors/new`, {
    class: 'IntegrationConnectorProperties',
    qualifiedName: `${GROUP}:LandingAreaMonitor`,
    name: 'LandingAreaMonitor',
    connection: {
      class: 'Connection',
      qualifiedName: `${GROUP}:LandingAreaMonitor:Connection`,
      connectorType: {
        class: 'ConnectorType',
        connectorProviderClassName:
          'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
      },
      endpoint: { class: 'Endpoint', address: watchDir },
      configurationProperties: { waitForDirectory: 'true' },
    },
  });
  await call(
    base,
    'POST',
    `${gcs}/integration-groups/${String(group['guid'])}/integration-connectors/${String(connector['guid'])}`,
    { connectorName: 'LandingAreaMonitor', refreshTimeInterval: 60 },
  );

  log(`configuring ${DAEMON} with ${GROUP}`);
  await call(base, 'POST', `${admin(DAEMON)}/server-properties`, serverProperties(DAEMON));
  await call(base, 'POST', `${admin(DAEMON)}/integration-groups/configuration/all`, [
    {
      class: 'IntegrationGroupConfig',
      omagserverPlatformRootURL: base,
      omagserverName: MDS,
      integrationGroupQualifiedName: GROUP,
    },
  ]);
  log(`starting ${DAEMON}`);
  await call(base, 'POST', `${platform}/servers/${DAEMON}/instance`);
  await waitFor(
    'the daemon to run the files monitor',
    async () => {
      const status = await call(
        base,
        'GET',
        `/servers/${DAEMON}/open-metadata/integration-daemon/users/${USER}/status`,
      );
      return JSON.stringify(status).includes('"connectorName":"LandingAreaMonitor"')
        ? true
        : undefined;
    },
    180_000,
  );
}

async function main(): Promise<void> {
  need('java', ['-version'], 'Java 17');
  need('mvn', ['-v'], 'Maven');
  const jar = resolveJars();
  const work = join(CACHE, 'run');
  rmSync(join(work, 'data'), { recursive: true, force: true });
  mkdirSync(join(work, 'watched'), { recursive: true });
  const port = await freePort();
  writeProperties(work, port);
  const base = `http://127.0.0.1:${port}`;
  log(`starting the platform on ${base}`);
  const java: ChildProcess = spawn(
    'java',
    ['-Xmx2g', `-Dloader.path=${join(CACHE, 'lib')}`, '-jar', jar],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () => {
    if (java.exitCode === null) java.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    log('stopping');
    stop();
    process.exit(0);
  });
  java.stdout?.on('data', (chunk: Buffer) => {
    if (process.env['EGERIA_LOG']) process.stdout.write(chunk);
  });
  try {
    await waitFor(
      'the platform origin',
      async () => {
        const response = await fetch(
          `${base}/open-metadata/platform-services/users/${USER}/server-platform/origin`,
        );
        return response.ok ? await response.text() : undefined;
      },
      120_000,
    );
    await configure(base, join(work, 'watched'));
  } catch (error) {
    stop();
    throw error;
  }
  log(`ready: ${base} (metadata server ${MDS}, daemon ${DAEMON}); Ctrl-C stops it`);
  console.log(`EGERIA_URL=${base} EGERIA_METADATA_SERVER=${MDS} EGERIA_DAEMONS=${DAEMON}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof StepError ? `\n${error.message}` : error);
  process.exit(2);
});
