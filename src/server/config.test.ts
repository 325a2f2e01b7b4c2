import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config';

const platform = {
  id: 'coco',
  url: 'https://egeria.example:9443',
  metadataServer: 'active-metadata-store',
};

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('console configuration', () => {
  it('fills defaults for a minimal platform', () => {
    const config = parseConfig({ platforms: [platform] });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.platforms[0]).toMatchObject({
      dialect: 'v5',
      userId: 'garygeeke',
      daemons: [],
      tls: { insecure: false },
    });
  });

  it('names every bad field', () => {
    const message = configError(() =>
      parseConfig({
        port: 'eighty',
        platforms: [
          { ...platform, url: 'ftp://x', id: 'bad id' },
          { ...platform, metadataServer: '' },
        ],
      }),
    );
    expect(message).toContain('port:');
    expect(message).toContain('platforms[0].url');
    expect(message).toContain('platforms[0].id');
    expect(message).toContain('platforms[1].metadataServer');
  });

  it('refuses unknown keys so a typo is not silently ignored', () => {
    expect(configError(() => parseConfig({ platforms: [{ ...platform, daemon: ['x'] }] }))).toMatch(
      /platforms\[0\].*daemon/,
    );
  });

  it('refuses duplicate platform ids and an empty configuration', () => {
    expect(configError(() => parseConfig({ platforms: [platform, platform] }))).toContain(
      'duplicate platform id "coco"',
    );
    expect(configError(() => parseConfig({}))).toContain('configure at least one platform');
  });

  it('reads a file and lets the environment override it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-config-'));
    const file = join(dir, 'console.json');
    writeFileSync(file, JSON.stringify({ port: 9000, platforms: [platform] }));
    const config = loadConfig({
      file,
      env: {
        PORT: '9100',
        EGERIA_URL: 'http://localhost:9443',
        EGERIA_METADATA_SERVER: 'mds',
        EGERIA_DAEMONS: 'd1, d2',
        EGERIA_PLATFORM_ID: 'local',
      },
    });
    expect(config.port).toBe(9100);
    expect(config.platforms.map((p) => p.id)).toEqual(['coco', 'local']);
    expect(config.platforms[1]).toMatchObject({
      url: 'http://localhost:9443',
      metadataServer: 'mds',
      daemons: ['d1', 'd2'],
    });
  });

  it('explains an unreadable or malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-config-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "port": 80,');
    expect(configError(() => loadConfig({ file, env: {} }))).toContain('is not valid JSON');
    expect(configError(() => loadConfig({ file: join(dir, 'missing.json'), env: {} }))).toContain(
      'Cannot read configuration file',
    );
  });

  it('explains bad environment values', () => {
    expect(configError(() => loadConfig({ env: { PORT: 'abc', SANDBOX: 'true' } }))).toContain(
      'PORT: must be a whole number',
    );
    expect(configError(() => loadConfig({ env: { SANDBOX: 'maybe' } }))).toContain(
      'SANDBOX: must be true or false',
    );
  });

  it('runs the sandbox when no platform is configured, and not otherwise unless asked', () => {
    expect(loadConfig({ env: {} }).sandbox.enabled).toBe(true);
    expect(
      loadConfig({ env: { EGERIA_URL: 'http://localhost:9443', EGERIA_METADATA_SERVER: 'mds' } })
        .sandbox.enabled,
    ).toBe(false);
    expect(
      loadConfig({
        env: {
          EGERIA_URL: 'http://localhost:9443',
          EGERIA_METADATA_SERVER: 'mds',
          SANDBOX: 'true',
        },
      }).sandbox.enabled,
    ).toBe(true);
  });

  it('reads the status poll interval and the history file, and refuses a poll too fast for Egeria', () => {
    expect(parseConfig({ platforms: [platform] })).toMatchObject({
      statusPollMs: 5000,
      historyDbFile: '.data/console.db',
    });
    const config = loadConfig({ env: { STATUS_POLL_MS: '1000', CONSOLE_DB: ':memory:' } });
    expect(config).toMatchObject({ statusPollMs: 1000, historyDbFile: ':memory:' });
    expect(configError(() => parseConfig({ platforms: [platform], statusPollMs: 10 }))).toContain(
      'statusPollMs',
    );
  });

  it('enables the sandbox from the environment', () => {
    const config = loadConfig({ env: { SANDBOX: 'true', SANDBOX_CONNECTORS: '2000' } });
    expect(config.sandbox).toMatchObject({ enabled: true, seed: { connectors: 2000 } });
  });

  it('seeds several sandbox groups from SANDBOX_GROUPS, with or without a connector count', () => {
    expect(loadConfig({ env: { SANDBOX_GROUPS: '4' } }).sandbox.seed).toEqual({
      connectors: 10,
      groups: 4,
    });
    expect(
      loadConfig({ env: { SANDBOX_GROUPS: '20', SANDBOX_CONNECTORS: '5000' } }).sandbox.seed,
    ).toEqual({ connectors: 5000, groups: 20 });
    expect(configError(() => loadConfig({ env: { SANDBOX_GROUPS: 'many' } }))).toContain(
      'SANDBOX_GROUPS',
    );
    expect(configError(() => loadConfig({ env: { SANDBOX_GROUPS: '0' } }))).toContain('groups');
  });

  it('takes 6.x platforms with a view server and no metadata server, and 5.x ones only with one', () => {
    const six = parseConfig({
      platforms: [
        { id: 'six', url: 'https://egeria:7443', dialect: 'v6', viewServer: 'qs-view-server' },
      ],
    });
    expect(six.platforms[0]).toMatchObject({ dialect: 'v6', viewServer: 'qs-view-server' });
    expect(six.platforms[0]?.metadataServer).toBeUndefined();
    expect(
      configError(() => parseConfig({ platforms: [{ id: 'five', url: 'https://egeria:9443' }] })),
    ).toContain('platforms[0].metadataServer: is required for the v5 dialect');
    expect(
      configError(() =>
        parseConfig({ platforms: [{ id: 'a', url: 'https://egeria:9443', dialect: 'auto' }] }),
      ),
    ).toContain('platforms[0].metadataServer: is required for the auto dialect');
    expect(
      configError(() => parseConfig({ platforms: [{ ...platform, dialect: 'v7' }] })),
    ).toContain('platforms[0].dialect');
  });

  it('reads the dialect, view server and sandbox dialect from the environment', () => {
    const config = loadConfig({
      env: {
        EGERIA_URL: 'https://egeria:7443',
        EGERIA_DIALECT: 'auto',
        EGERIA_METADATA_SERVER: 'qs-metadata-store',
        EGERIA_VIEW_SERVER: 'qs-view-server',
        SANDBOX: 'true',
        SANDBOX_DIALECT: 'v6',
        SANDBOX_TOKEN_LIFETIME_MS: '60000',
        SANDBOX_LATENCY_MS: '80',
      },
    });
    expect(config.platforms[0]).toMatchObject({
      dialect: 'auto',
      metadataServer: 'qs-metadata-store',
      viewServer: 'qs-view-server',
    });
    expect(config.sandbox).toMatchObject({
      dialect: 'v6',
      tokenLifetimeMs: 60_000,
      latencyMs: 80,
    });
    expect(
      configError(() => loadConfig({ env: { SANDBOX: 'true', SANDBOX_DIALECT: 'v4' } })),
    ).toContain('sandbox.dialect');
  });

  it('refuses to listen beyond loopback without a sign-in, saying how to configure one', () => {
    const message = configError(() => parseConfig({ host: '0.0.0.0', platforms: [platform] }));
    expect(message).toContain('host: the console would listen on 0.0.0.0');
    expect(message).toContain('auth.oidc');
    expect(message).toContain('auth.usersFile');
    expect(message).toContain('npm run users -- add');
    expect(message).toContain('publicOrigins');
    // With a sign-in and the public origin named, it starts.
    const config = parseConfig({
      host: '0.0.0.0',
      publicOrigins: ['https://console.example.com'],
      auth: { usersFile: '/etc/console/users.json' },
      platforms: [platform],
    });
    expect(config.auth?.defaultRoles).toEqual([]);
    // Loopback needs neither.
    expect(parseConfig({ host: '127.0.0.1', platforms: [platform] }).auth).toBeUndefined();
  });

  it('takes sign-in, origins and the audit bound from the environment, and checks them', () => {
    const config = loadConfig({
      env: {
        EGERIA_URL: platform.url,
        EGERIA_METADATA_SERVER: platform.metadataServer,
        HOST: '0.0.0.0',
        CONSOLE_PUBLIC_ORIGINS: 'https://console.example.com, https://egeria-console.example.com',
        OIDC_ISSUER: 'https://login.example.com/realms/egeria',
        OIDC_CLIENT_ID: 'egeria-console',
        OIDC_ROLES_CLAIM: 'realm_access.roles',
        CONSOLE_DEFAULT_ROLES: 'viewer',
        CONSOLE_AUDIT_MAX: '5000',
      },
    });
    expect(config.publicOrigins).toEqual([
      'https://console.example.com',
      'https://egeria-console.example.com',
    ]);
    expect(config.auth).toMatchObject({
      oidc: {
        issuer: 'https://login.example.com/realms/egeria',
        clientId: 'egeria-console',
        rolesClaim: 'realm_access.roles',
        scopes: 'openid profile email',
      },
      defaultRoles: ['viewer'],
    });
    expect(config.auditMaxEntries).toBe(5000);
    const bad = configError(() =>
      parseConfig({
        platforms: [platform],
        publicOrigins: ['https://console.example.com/path'],
        auth: {
          oidc: { issuer: 'http://login.example.com', clientId: 'c' },
          defaultRoles: ['superuser'],
        },
      }),
    );
    expect(bad).toContain('publicOrigins[0]: must be an origin only');
    expect(bad).toContain('auth.oidc.issuer: must use https://');
    expect(bad).toContain('auth.defaultRoles[0]');
  });
});
