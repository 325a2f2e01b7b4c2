/**
 * The console server's configuration: which Egeria platforms it may reach (and nothing else), how
 * to trust their TLS, and whether to run the embedded sandbox. Read from a JSON file
 * (CONSOLE_CONFIG or --config) and/or environment variables; every problem is reported with the
 * name of the field at fault.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

export const PlatformConfigSchema = z
  .object({
    id: z
      .string()
      .regex(
        idPattern,
        'must be 1-63 letters, digits, "-" or "_", starting with a letter or digit',
      ),
    label: z.string().min(1).optional(),
    url: z
      .string()
      .url('must be an absolute http:// or https:// URL')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
      .refine((u) => !new URL(u).search && !new URL(u).hash, 'must not have a query or fragment'),
    /** `auto` asks the platform (its origin says "version N.M") when the console first needs to know. */
    dialect: z.enum(['v5', 'v6', 'auto']).default('v5'),
    userId: z.string().min(1, 'must not be empty').default('garygeeke'),
    /** Needed by 5.x (and `auto`); on 6.x it defaults to the view server. */
    metadataServer: z.string().min(1, 'must not be empty').optional(),
    /** 6.x: the view server running asset-maker, connection-maker and metadata-expert. */
    viewServer: z.string().min(1, 'must not be empty').optional(),
    daemons: z.array(z.string().min(1)).default([]),
    tls: z
      .object({
        /** PEM file of the CA (or the self-signed certificate) to trust for this platform only. */
        caFile: z.string().min(1).optional(),
        /** Accept any certificate from this platform. Explicit, per platform, and logged at start. */
        insecure: z.boolean().default(false),
      })
      .strict()
      .default({ insecure: false }),
    timeoutMs: z.number().int().positive().max(600_000).default(30_000),
  })
  .strict()
  .superRefine((platform, ctx) => {
    if (platform.dialect !== 'v6' && !platform.metadataServer)
      ctx.addIssue({
        code: 'custom',
        path: ['metadataServer'],
        message: `is required for the ${platform.dialect} dialect (Egeria 5.x keeps the definitions there)`,
      });
  });
export type PlatformConfig = z.infer<typeof PlatformConfigSchema>;
export type DialectSetting = PlatformConfig['dialect'];

/** The view server a 6.x platform is called through when the configuration does not name one. */
export const DEFAULT_VIEW_SERVER = 'view-server';

export const SandboxConfigSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** SQLite file; ':memory:' for a throw-away estate. */
    dbFile: z.string().min(1).default('.data/sandbox.db'),
    port: z.number().int().min(0).max(65535).default(0),
    controlPort: z.number().int().min(0).max(65535).default(0),
    seed: z
      .union([
        z.enum(['demo', 'empty']),
        z
          .object({
            connectors: z.number().int().positive(),
            /** Groups: the large one of `connectors`, then groups of 10 (the sandbox's --groups). */
            groups: z.number().int().min(1).max(1000).optional(),
          })
          .strict(),
      ])
      .default('demo'),
    /** Real milliseconds per simulated minute of connector refresh intervals. */
    minuteMs: z.number().int().positive().default(5_000),
    /** The dialect the sandbox speaks, and so the one the console uses with it. */
    dialect: z.enum(['v5', 'v6']).default('v5'),
    /** 6.x bearer token lifetime (Egeria: one hour). */
    tokenLifetimeMs: z.number().int().positive().max(86_400_000).default(3_600_000),
    /** Added to every call the sandbox answers, as a loaded real platform would take. */
    latencyMs: z.number().int().min(0).max(60_000).default(0),
  })
  .strict();
export type SandboxConfig = z.infer<typeof SandboxConfigSchema>;

/** A grant: a role, or `platformId:role` for one platform. */
const GrantSchema = z
  .string()
  .regex(
    /^([A-Za-z0-9][A-Za-z0-9_-]{0,62}:)?(viewer|operator|editor|admin)$/,
    'must be viewer, operator, editor or admin, optionally after "platformId:"',
  );

export const OidcConfigSchema = z
  .object({
    /** The provider's issuer URL (its discovery document is at .well-known/openid-configuration). */
    issuer: z
      .string()
      .url('must be an absolute URL')
      .refine(
        (u) => u.startsWith('https://') || isLoopbackUrl(u),
        'must use https:// (plain http only for a provider on this machine)',
      ),
    clientId: z.string().min(1),
    /** Omitted for a public client (PKCE only). */
    clientSecret: z.string().min(1).optional(),
    scopes: z.string().min(1).default('openid profile email'),
    /** The claim whose value names the user in the console and its audit log. */
    usernameClaim: z.string().min(1).default('preferred_username'),
    displayNameClaim: z.string().min(1).default('name'),
    /** The claim with the user's roles or groups; a dotted path reaches nested claims. */
    rolesClaim: z.string().min(1).default('roles'),
    /** Claim value → grants; without it, claim values that are grants are used as they are. */
    roleMap: z.record(z.string(), z.union([GrantSchema, z.array(GrantSchema)])).optional(),
  })
  .strict();
export type OidcConfig = z.infer<typeof OidcConfigSchema>;

export const AuthConfigSchema = z
  .object({
    /** JSON file of local users with hashed passwords (npm run users -- add …). */
    usersFile: z.string().min(1).optional(),
    oidc: OidcConfigSchema.optional(),
    /** Grants every signed-in user has in addition to their own (e.g. ["viewer"]). */
    defaultRoles: z.array(GrantSchema).default([]),
  })
  .strict();
export type AuthConfig = z.infer<typeof AuthConfigSchema>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** True for an interface only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export const ConsoleConfigSchema = z
  .object({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(8080),
    /**
     * The origins (scheme://host[:port]) browsers use to reach the console; requests for any other
     * host are refused. Default: the loopback names of the port it listens on.
     */
    publicOrigins: z
      .array(
        z
          .string()
          .url('must be an origin such as https://console.example.com')
          .refine((u) => {
            const url = new URL(u);
            return (
              /^https?:$/.test(url.protocol) &&
              (url.pathname === '/' || url.pathname === '') &&
              !url.search &&
              !url.hash &&
              !url.username
            );
          }, 'must be an origin only: scheme, host and port, no path'),
      )
      .optional(),
    auth: AuthConfigSchema.optional(),
    /** Audit entries kept in the console database; the oldest go first. */
    auditMaxEntries: z.number().int().min(1_000).max(10_000_000).default(100_000),
    platforms: z.array(PlatformConfigSchema).default([]),
    sandbox: SandboxConfigSchema.default({
      enabled: false,
      dbFile: '.data/sandbox.db',
      port: 0,
      controlPort: 0,
      seed: 'demo',
      minuteMs: 5_000,
      dialect: 'v5',
      tokenLifetimeMs: 3_600_000,
      latencyMs: 0,
    }),
    /** Directory of the built SPA. */
    clientDir: z.string().min(1).default('dist/client'),
    /** How often the status feed polls each watched integration daemon. */
    statusPollMs: z.number().int().min(250).max(3_600_000).default(5_000),
    /** SQLite file of the status history; ':memory:' keeps it for the process only. */
    historyDbFile: z.string().min(1).default('.data/console.db'),
  })
  .strict()
  .superRefine((config, ctx) => {
    rejectDuplicates(
      ctx,
      config.platforms,
      ['platforms', 'id'],
      (id) => `duplicate platform id "${id}"`,
    );
    if (!isLoopbackHost(config.host) && !config.auth?.usersFile && !config.auth?.oidc) {
      ctx.addIssue({
        code: 'custom',
        path: ['host'],
        message: `the console would listen on ${config.host}, which other machines can reach, without a sign-in of its own. Configure auth.oidc (an OpenID Connect provider: OIDC_ISSUER, OIDC_CLIENT_ID) or auth.usersFile (CONSOLE_USERS_FILE, users added with "npm run users -- add"), and publicOrigins (CONSOLE_PUBLIC_ORIGINS); or listen on 127.0.0.1 only. See "Deploying for a team" in the README`,
      });
    }
    if (!isLoopbackHost(config.host) && !config.publicOrigins?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['publicOrigins'],
        message: `the console listens on ${config.host}: name the origins browsers reach it at (e.g. ["https://console.example.com"], CONSOLE_PUBLIC_ORIGINS); requests for any other host are refused`,
      });
    }
    if (config.platforms.length === 0 && !config.sandbox.enabled) {
      ctx.addIssue({
        code: 'custom',
        path: ['platforms'],
        message: 'configure at least one platform, or enable the sandbox',
      });
    }
  });
export type ConsoleConfig = z.infer<typeof ConsoleConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Flags every item of a configured list whose `key` an earlier item already has, at
 * `[list, index, key]`.
 */
export function rejectDuplicates<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  [list, key]: [string, keyof T & string],
  message: (value: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = String(item[key]);
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path: [list, i, key], message: message(value) });
    seen.add(value);
  });
}

function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

/** Validates a raw configuration object; throws ConfigError naming every bad field. */
export function parseConfig(raw: unknown, source = 'configuration'): ConsoleConfig {
  const result = ConsoleConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${fieldName(issue.path) || '(root)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid ${source}:\n${lines.join('\n')}`);
}

type Env = Record<string, string | undefined>;

/** A comma-separated list, without blanks; undefined when the variable is unset or empty. */
function envList(env: Env, name: string): string[] | undefined {
  return env[name]
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function envInt(env: Env, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new ConfigError(
      `Invalid environment:\n  - ${name}: must be a whole number, got "${value}"`,
    );
  return Number(value);
}

/** Connectors in each synthetic group SANDBOX_GROUPS adds (the sandbox's own size for them). */
const SYNTHETIC_GROUP_SIZE = 10;

function envBool(env: Env, name: string): boolean | undefined {
  const value = env[name]?.toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(
    `Invalid environment:\n  - ${name}: must be true or false, got "${env[name]}"`,
  );
}

/**
 * Builds the configuration from an optional JSON file and the environment. When neither names a
 * platform, the embedded sandbox is enabled. Environment variables
 * override the file: PORT, HOST, SANDBOX (true/false), SANDBOX_DB, SANDBOX_PORT, SANDBOX_CONTROL_PORT,
 * SANDBOX_MINUTE_MS, SANDBOX_CONNECTORS, SANDBOX_GROUPS, SANDBOX_DIALECT, SANDBOX_TOKEN_LIFETIME_MS,
 * SANDBOX_LATENCY_MS, STATUS_POLL_MS, CONSOLE_DB, CONSOLE_PUBLIC_ORIGINS, CONSOLE_AUDIT_MAX,
 * CONSOLE_USERS_FILE, CONSOLE_DEFAULT_ROLES, OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES, OIDC_USERNAME_CLAIM, OIDC_ROLES_CLAIM, and one
 * platform from EGERIA_URL with EGERIA_PLATFORM_ID, EGERIA_LABEL, EGERIA_DIALECT, EGERIA_USER,
 * EGERIA_METADATA_SERVER, EGERIA_VIEW_SERVER, EGERIA_DAEMONS (comma-separated), EGERIA_CA_FILE,
 * EGERIA_INSECURE_TLS.
 */
export function loadConfig(options: { file?: string; env?: Env } = {}): ConsoleConfig {
  const env = options.env ?? process.env;
  const file = options.file ?? env['CONSOLE_CONFIG'];
  let raw: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`Cannot read configuration file ${file}: ${(error as Error).message}`);
    }
    try {
      raw = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(
        `Configuration file ${file} is not valid JSON: ${(error as Error).message}`,
      );
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      throw new ConfigError(`Configuration file ${file} must hold a JSON object`);
  }

  const port = envInt(env, 'PORT');
  if (port !== undefined) raw['port'] = port;
  if (env['HOST']) raw['host'] = env['HOST'];
  if (env['CONSOLE_CLIENT_DIR']) raw['clientDir'] = env['CONSOLE_CLIENT_DIR'];
  const statusPollMs = envInt(env, 'STATUS_POLL_MS');
  if (statusPollMs !== undefined) raw['statusPollMs'] = statusPollMs;
  if (env['CONSOLE_DB']) raw['historyDbFile'] = env['CONSOLE_DB'];
  if (env['CONSOLE_PUBLIC_ORIGINS']) raw['publicOrigins'] = envList(env, 'CONSOLE_PUBLIC_ORIGINS');
  const auditMax = envInt(env, 'CONSOLE_AUDIT_MAX');
  if (auditMax !== undefined) raw['auditMaxEntries'] = auditMax;

  const auth = { ...((raw['auth'] as Record<string, unknown> | undefined) ?? {}) };
  if (env['CONSOLE_USERS_FILE']) auth['usersFile'] = env['CONSOLE_USERS_FILE'];
  if (env['CONSOLE_DEFAULT_ROLES']) auth['defaultRoles'] = envList(env, 'CONSOLE_DEFAULT_ROLES');
  if (env['OIDC_ISSUER'] || env['OIDC_CLIENT_ID']) {
    const oidc = { ...((auth['oidc'] as Record<string, unknown> | undefined) ?? {}) };
    const fromEnv: Record<string, string> = {
      OIDC_ISSUER: 'issuer',
      OIDC_CLIENT_ID: 'clientId',
      OIDC_CLIENT_SECRET: 'clientSecret',
      OIDC_SCOPES: 'scopes',
      OIDC_USERNAME_CLAIM: 'usernameClaim',
      OIDC_ROLES_CLAIM: 'rolesClaim',
    };
    for (const [name, key] of Object.entries(fromEnv)) if (env[name]) oidc[key] = env[name];
    auth['oidc'] = oidc;
  }
  if (Object.keys(auth).length > 0) raw['auth'] = auth;

  const sandbox = { ...((raw['sandbox'] as Record<string, unknown> | undefined) ?? {}) };
  const sandboxEnabled = envBool(env, 'SANDBOX');
  if (sandboxEnabled !== undefined) sandbox['enabled'] = sandboxEnabled;
  if (env['SANDBOX_DB']) sandbox['dbFile'] = env['SANDBOX_DB'];
  const sandboxPort = envInt(env, 'SANDBOX_PORT');
  if (sandboxPort !== undefined) sandbox['port'] = sandboxPort;
  const controlPort = envInt(env, 'SANDBOX_CONTROL_PORT');
  if (controlPort !== undefined) sandbox['controlPort'] = controlPort;
  const minuteMs = envInt(env, 'SANDBOX_MINUTE_MS');
  if (minuteMs !== undefined) sandbox['minuteMs'] = minuteMs;
  const connectors = envInt(env, 'SANDBOX_CONNECTORS');
  const groups = envInt(env, 'SANDBOX_GROUPS');
  // SANDBOX_GROUPS alone: that many synthetic groups of ten connectors each.
  if (connectors !== undefined || groups !== undefined)
    sandbox['seed'] = {
      connectors: connectors ?? SYNTHETIC_GROUP_SIZE,
      ...(groups !== undefined ? { groups } : {}),
    };
  if (env['SANDBOX_DIALECT']) sandbox['dialect'] = env['SANDBOX_DIALECT'];
  const tokenLifetimeMs = envInt(env, 'SANDBOX_TOKEN_LIFETIME_MS');
  if (tokenLifetimeMs !== undefined) sandbox['tokenLifetimeMs'] = tokenLifetimeMs;
  const latencyMs = envInt(env, 'SANDBOX_LATENCY_MS');
  if (latencyMs !== undefined) sandbox['latencyMs'] = latencyMs;
  raw['sandbox'] = sandbox;

  if (env['EGERIA_URL']) {
    const insecure = envBool(env, 'EGERIA_INSECURE_TLS');
    const platform: Record<string, unknown> = {
      id: env['EGERIA_PLATFORM_ID'] ?? 'egeria',
      label: env['EGERIA_LABEL'] ?? 'Egeria',
      url: env['EGERIA_URL'],
      dialect: env['EGERIA_DIALECT'] ?? 'v5',
      userId: env['EGERIA_USER'] ?? 'garygeeke',
      ...(env['EGERIA_METADATA_SERVER'] ? { metadataServer: env['EGERIA_METADATA_SERVER'] } : {}),
      ...(env['EGERIA_VIEW_SERVER'] ? { viewServer: env['EGERIA_VIEW_SERVER'] } : {}),
      daemons: (env['EGERIA_DAEMONS'] ?? '')
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
      tls: {
        ...(env['EGERIA_CA_FILE'] ? { caFile: env['EGERIA_CA_FILE'] } : {}),
        insecure: insecure ?? false,
      },
    };
    const platforms = Array.isArray(raw['platforms']) ? [...(raw['platforms'] as unknown[])] : [];
    raw['platforms'] = [
      ...platforms.filter((p) => (p as { id?: unknown }).id !== platform['id']),
      platform,
    ];
  }
  // With nothing to talk to, run the sandbox: `npm start` on a fresh machine shows a working console.
  const hasPlatforms =
    Array.isArray(raw['platforms']) && (raw['platforms'] as unknown[]).length > 0;
  if (sandbox['enabled'] === undefined && !hasPlatforms) sandbox['enabled'] = true;
  return parseConfig(
    raw,
    file ? `configuration (${file} and environment)` : 'configuration (environment)',
  );
}
