/**
 * The sandbox's control API, on its own listener (never on the Egeria-facing port): reseed and
 * reset the estate, inject latency and errors, take daemons or the whole platform down and up,
 * fail a connector, move the clock, and count the requests the Egeria listener received.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TokenService } from '../auth/token-service';
import type { PlatformRuntime } from '../platform-runtime';
import { SeedSpecSchema, type SeedSpec } from '../seed/apply-seed';
import { FaultSpecSchema, type FaultInjector } from './fault-injector';
import type { RequestStats } from './request-stats';

export interface ControlDependencies {
  runtime: PlatformRuntime;
  faults: FaultInjector;
  stats: RequestStats;
  startupSeed: SeedSpec;
  platform: { up(): Promise<void>; down(): Promise<void>; isUp(): boolean };
  /** 6.x bearer tokens (when the sandbox serves 6.x). */
  tokens?: TokenService;
}

const BASE = '/sandbox-control';

function badRequest(reply: FastifyReply, error: z.ZodError | string): FastifyReply {
  const message =
    typeof error === 'string'
      ? error
      : error.issues
          .map(
            (issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`,
          )
          .join('; ');
  return reply.code(400).send({ error: 'Bad Request', message });
}

function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(404).send({ error: 'Not Found', message });
}

/** Parses a body with zod; undefined after answering 400. */
function parse<T>(schema: z.ZodType<T>, body: unknown, reply: FastifyReply): T | undefined {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  badRequest(reply, result.error);
  return undefined;
}

const ResetBody = z.strictObject({ seed: SeedSpecSchema.optional() });
const SeedBody = z.strictObject({ seed: SeedSpecSchema });
const FailBody = z.strictObject({ message: z.string().min(1) });
const ClockBody = z
  .strictObject({
    advanceMinutes: z.number().min(0).optional(),
    advanceMs: z.number().int().min(0).optional(),
  })
  .refine(
    (b) => b.advanceMinutes !== undefined || b.advanceMs !== undefined,
    'give advanceMinutes or advanceMs',
  );
const TokenLifetimeBody = z.strictObject({
  ms: z
    .number()
    .int()
    .min(1)
    .max(24 * 60 * 60_000),
});
const ElementsQuery = z.strictObject({
  typeName: z.string().optional(),
  qualifiedName: z.string().optional(),
});

export function buildControlApp(deps: ControlDependencies, minuteMs: number): FastifyInstance {
  const { runtime, faults, stats } = deps;
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 4096 } });
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) =>
    error.statusCode && error.statusCode < 500
      ? badRequest(reply, error.message ?? 'bad request')
      : reply
          .code(500)
          .send({ error: 'Internal Server Error', message: error.message ?? 'failed' }),
  );
  app.setNotFoundHandler((request, reply) =>
    notFound(reply, `No control operation ${request.method} ${request.url}`),
  );

  const summary = () => ({
    metadataServer: runtime.metadataServer,
    daemons: runtime.daemonNames(),
    servers: runtime
      .servers()
      .map((s) => ({ name: s.name, serverType: s.serverType, active: s.active })),
    platformUp: deps.platform.isUp(),
    elements: runtime.store.countEntities(),
  });

  app.get(BASE, async () => ({
    ...summary(),
    operations: [
      'POST /sandbox-control/reset {seed?}',
      'POST /sandbox-control/seed {seed}',
      'GET|POST|DELETE /sandbox-control/faults',
      'POST /sandbox-control/daemons/{name}/down|up',
      'POST /sandbox-control/platform/down|up',
      'POST /sandbox-control/connectors/{connectorName}/fail {message}',
      'GET /sandbox-control/stats, POST /sandbox-control/stats/reset',
      'POST /sandbox-control/clock {advanceMinutes|advanceMs}',
      'GET /sandbox-control/elements?typeName=&qualifiedName=',
      'GET /sandbox-control/tokens, POST /sandbox-control/tokens/expire, POST /sandbox-control/tokens/lifetime {ms}',
    ],
  }));

  app.post(`${BASE}/reset`, async (request, reply) => {
    const body = parse(ResetBody, request.body, reply);
    if (!body) return reply;
    const seed = body.seed ?? deps.startupSeed;
    faults.clear();
    const { seedMs } = runtime.reseed(seed);
    if (!deps.platform.isUp()) await deps.platform.up();
    stats.reset();
    return { seed, seedMs: Math.round(seedMs), ...summary() };
  });

  app.post(`${BASE}/seed`, async (request, reply) => {
    const body = parse(SeedBody, request.body, reply);
    if (!body) return reply;
    const { seedMs } = runtime.reseed(body.seed);
    return { seed: body.seed, seedMs: Math.round(seedMs), ...summary() };
  });

  // ------------------------------------------------------------------------------------- faults
  app.get(`${BASE}/faults`, async () => ({ faults: faults.list() }));
  app.post(`${BASE}/faults`, async (request, reply) => {
    const spec = parse(FaultSpecSchema, request.body, reply);
    if (!spec) return reply;
    return reply.code(201).send(faults.add(spec));
  });
  app.delete(`${BASE}/faults`, async () => ({ removed: faults.clear() }));
  app.delete<{ Params: { id: string } }>(`${BASE}/faults/:id`, async (request, reply) => {
    const id = Number(request.params.id);
    if (!Number.isInteger(id)) return badRequest(reply, 'the fault id must be an integer');
    const removed = faults.clear(id);
    return removed > 0 ? { removed } : notFound(reply, `No fault ${id}`);
  });

  // ------------------------------------------------------------------------------------ servers
  app.post<{ Params: { name: string; action: string } }>(
    `${BASE}/daemons/:name/:action`,
    async (request, reply) => {
      const { name, action } = request.params;
      if (action !== 'down' && action !== 'up')
        return notFound(reply, `No control operation ${action} for daemons`);
      if (!runtime.isDaemon(name))
        return notFound(
          reply,
          `No integration daemon named ${name}; known: ${runtime.daemonNames().join(', ')}`,
        );
      if (action === 'down') runtime.stopServer(name);
      else if (!runtime.isAvailable(name)) runtime.startServer(name);
      return { daemon: name, available: runtime.isAvailable(name) };
    },
  );

  app.post<{ Params: { action: string } }>(`${BASE}/platform/:action`, async (request, reply) => {
    const { action } = request.params;
    if (action === 'down') await deps.platform.down();
    else if (action === 'up') await deps.platform.up();
    else return notFound(reply, `No control operation ${action} for the platform`);
    return { platformUp: deps.platform.isUp() };
  });

  app.post<{ Params: { connectorName: string } }>(
    `${BASE}/connectors/:connectorName/fail`,
    async (request, reply) => {
      const body = parse(FailBody, request.body, reply);
      if (!body) return reply;
      const name = request.params.connectorName;
      if (!runtime.failConnector(name, body.message))
        return notFound(reply, `No running connector named ${name}`);
      return {
        connectorName: name,
        connectorStatus: 'FAILED',
        failingExceptionMessage: body.message,
      };
    },
  );

  // -------------------------------------------------------------------------------------- stats
  app.get(`${BASE}/stats`, async () => stats.snapshot());
  app.post(`${BASE}/stats/reset`, async () => {
    stats.reset();
    return {};
  });

  // -------------------------------------------------------------------------------------- clock
  app.post(`${BASE}/clock`, async (request, reply) => {
    const body = parse(ClockBody, request.body, reply);
    if (!body) return reply;
    runtime.advanceClock((body.advanceMs ?? 0) + (body.advanceMinutes ?? 0) * minuteMs);
    return { offsetMs: runtime.clock.offset, now: new Date(runtime.clock.now()).toISOString() };
  });

  // ------------------------------------------------------------------------------- 6.x tokens
  // Tests read the live tokens to prove they never reach a browser, and expire them to prove that
  // an expired sign-in is renewed.
  app.get(`${BASE}/tokens`, async (_request, reply) =>
    deps.tokens
      ? { lifetimeMs: deps.tokens.lifetime, tokens: deps.tokens.liveTokens() }
      : notFound(reply, 'This sandbox does not serve Egeria 6.x'),
  );
  app.post(`${BASE}/tokens/expire`, async (_request, reply) =>
    deps.tokens
      ? { expired: deps.tokens.expireAll() }
      : notFound(reply, 'This sandbox does not serve Egeria 6.x'),
  );
  app.post(`${BASE}/tokens/lifetime`, async (request, reply) => {
    if (!deps.tokens) return notFound(reply, 'This sandbox does not serve Egeria 6.x');
    const body = parse(TokenLifetimeBody, request.body, reply);
    if (!body) return reply;
    deps.tokens.setLifetime(body.ms);
    return { lifetimeMs: body.ms };
  });

  // ------------------------------------------------------------------------------ element lookup
  app.get(`${BASE}/elements`, async (request, reply) => {
    const query = parse(ElementsQuery, request.query, reply);
    if (!query) return reply;
    const store = runtime.store;
    const found = query.qualifiedName
      ? store.findByQualifiedName(query.qualifiedName)
      : store.listEntities(query.typeName ? [query.typeName] : [], 0, 1000);
    return {
      elements: found
        .filter((e) => !query.typeName || e.typeName === query.typeName)
        .map((e) => ({
          guid: e.guid,
          typeName: e.typeName,
          qualifiedName: e.properties['qualifiedName'],
        })),
    };
  });

  // Deletes an element (and its relationships, as a purge does) behind the console's back: the
  // "deleted meanwhile" cases of the browser specs.
  app.delete<{ Params: { guid: string } }>(`${BASE}/elements/:guid`, async (request, reply) => {
    const store = runtime.store;
    if (!store.getEntity(request.params.guid)) {
      return reply.code(404).send({ error: `no element ${request.params.guid}` });
    }
    store.deleteEntity(request.params.guid);
    return { deleted: request.params.guid };
  });

  return app;
}
