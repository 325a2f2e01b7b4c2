/**
 * HTTP surface of the status feed and the status history:
 *
 *   GET  /api/feed/{platformId}/{daemon}                   Server-Sent Events (snapshot, changes, stale)
 *   POST /api/feed/{platformId}/{daemon}/hurry             poll faster until named connectors settle
 *   GET  /api/history/{platformId}/{daemon}/{connectorName}?limit=   recorded transitions, newest first
 *
 * Only configured platforms and their configured daemons are served, and only to the console's
 * own pages (see same-origin.ts). On a platform that needs sign-in (6.x) only to a user signed in
 * to it: the feed polls with the token of one of its watchers, and a watcher who is not (or no
 * longer) signed in gets a `stale` event with the console's sign-in message, then the stream ends.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  FEED_EVENTS,
  type HistoryResponse,
  type StaleEvent,
} from '../../egeria/status-feed-protocol';
import { HurryRequestSchema } from '../../egeria/status-feed-schemas';
import { CONSOLE_MESSAGES } from '../console-errors';
import type { HistoryStore } from '../history/history-store';
import { sessionOf } from '../session/session-routes';
import type { FeedEvent } from './daemon-feed';
import { FEED_MESSAGES, feedErrorBody, type FeedMessage } from './feed-errors';
import type { FeedHub } from './feed-hub';
import { isSignInFeedError, signInFeedError } from './feed-sign-ins';
import { isFromConsole } from './same-origin';
import { statusPath } from './status-poller';

/** A client that stops reading is dropped rather than buffered without limit; it reconnects. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
const HISTORY_LIMIT_MAX = 500;

type FeedParams = { platformId: string; daemon: string };

function refuse(reply: FastifyReply, message: FeedMessage, params: string[], action: string) {
  return reply
    .code(message.status)
    .header('cache-control', 'no-store')
    .send(feedErrorBody(message, params, action));
}

/** A request body or query the route cannot read: CONSOLE-FEED-400-001 with what was wrong. */
function badRequest(reply: FastifyReply, action: string, problem: string) {
  return refuse(reply, FEED_MESSAGES.badRequest, [action, problem], action);
}

export function registerFeedRoutes(
  app: FastifyInstance,
  hub: FeedHub,
  history: HistoryStore | undefined,
  /** Whether the caller's console role lets them see this platform's status. */
  mayView: (request: FastifyRequest, platformId: string) => boolean = () => true,
): void {
  const open = new Set<ServerResponse>();
  // Streams never end by themselves; end them before the server waits for its connections.
  app.addHook('preClose', async () => {
    hub.close();
    for (const res of open) res.end();
    open.clear();
  });

  /** Checks origin, platform and daemon; answers and returns undefined when one is wrong. */
  function resolve(request: FastifyRequest<{ Params: FeedParams }>, reply: FastifyReply) {
    const { platformId, daemon } = request.params;
    const action = `${request.method} ${request.url.split('?')[0]}`;
    const target = hub.target(platformId);
    if (!target) {
      refuse(
        reply,
        CONSOLE_MESSAGES.unknownPlatform,
        [platformId, hub.platformIds().join(', ') || '(none)'],
        action,
      );
      return undefined;
    }
    if (!isFromConsole(request)) {
      refuse(reply, FEED_MESSAGES.notFromConsole, [action], action);
      return undefined;
    }
    if (!mayView(request, platformId)) {
      refuse(
        reply,
        CONSOLE_MESSAGES.roleTooLow,
        [action, 'viewer', platformId, 'you', 'no role'],
        action,
      );
      return undefined;
    }
    const feed = hub.feed(platformId, daemon);
    if (!feed) {
      refuse(
        reply,
        FEED_MESSAGES.unknownDaemon,
        [daemon, platformId, target.config.daemons.join(', ') || '(none)'],
        action,
      );
      return undefined;
    }
    return { feed, action };
  }

  /**
   * 6.x: true when the request's session is signed in to the platform; otherwise answers 401 with
   * the console's sign-in message. Other dialects need no sign-in.
   */
  async function signedIn(
    request: FastifyRequest<{ Params: FeedParams }>,
    reply: FastifyReply,
    action: string,
  ): Promise<boolean> {
    const { platformId } = request.params;
    if ((await hub.dialect(platformId)) !== 'v6') return true;
    const signIn = sessionOf(request, hub.auth.sessions)?.platforms.get(platformId);
    if (signIn?.token) return true;
    refuse(
      reply,
      signIn ? CONSOLE_MESSAGES.signInExpired : CONSOLE_MESSAGES.signInRequired,
      [platformId],
      action,
    );
    return false;
  }

  /** resolve(), then signedIn(): what the request may read, or undefined once it is refused. */
  async function resolveSignedIn(
    request: FastifyRequest<{ Params: FeedParams }>,
    reply: FastifyReply,
  ) {
    const resolved = resolve(request, reply);
    return resolved && (await signedIn(request, reply, resolved.action)) ? resolved : undefined;
  }

  app.get<{ Params: FeedParams }>('/api/feed/:platformId/:daemon', async (request, reply) => {
    const resolved = resolve(request, reply);
    if (!resolved) return reply;
    const { feed } = resolved;
    const { platformId, daemon } = request.params;
    const sixRequest =
      (await hub.dialect(platformId)) === 'v6'
        ? `GET ${statusPath('v6', daemon, hub.target(platformId)?.config.userId ?? '')}`
        : undefined;
    const session = sixRequest ? sessionOf(request, hub.auth.sessions) : undefined;
    const signIns = hub.signInsOf(platformId, daemon);

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    // Reconnect after 3 s when the connection drops (the browser's default varies).
    res.write('retry: 3000\n\n');

    /** 6.x: tells this watcher to sign in (again) and ends its stream, reopened after a sign-in. */
    const askToSignIn = (ended: boolean) => {
      const now = Date.now();
      const stale: StaleEvent = {
        serverTime: now,
        since: now,
        error: signInFeedError(platformId, ended, sixRequest ?? ''),
      };
      res.end(`event: ${FEED_EVENTS.stale}\ndata: ${JSON.stringify(stale)}\n\n`);
    };
    if (sixRequest && !session?.platforms.get(platformId)?.token) {
      askToSignIn(!!session?.platforms.get(platformId));
      return reply;
    }
    open.add(res);

    let unsubscribe: (() => void) | undefined;
    // 6.x: this session lends the feed its token while it watches.
    const forgetSignIn = session ? signIns?.add(session.id) : undefined;
    /** 6.x: false, and the stream asked to sign in, once this session signed out or was refused. */
    const stillSignedIn = (): boolean => {
      if (!session) return true;
      const signIn = signIns?.signInOf(session.id);
      if (signIn?.token) return true;
      askToSignIn(!!signIn);
      finish();
      return false;
    };
    // Checked here too: while a failure lasts the feed sends nothing that would show a sign-out.
    const heartbeat = setInterval(() => {
      if (stillSignedIn()) res.write(': keep-alive\n\n');
    }, hub.settings.heartbeatMs);
    heartbeat.unref();
    const finish = () => {
      clearInterval(heartbeat);
      unsubscribe?.();
      unsubscribe = undefined;
      forgetSignIn?.();
      open.delete(res);
    };
    const send = (event: FeedEvent) => {
      if (res.writableEnded || res.destroyed) return;
      if (res.writableLength > MAX_BUFFERED_BYTES) {
        res.destroy();
        return;
      }
      // Signed out, or the platform refused this user's token: no more status for them.
      if (!stillSignedIn()) return;
      // No watcher's token was accepted, but this one was signed in again since: the next poll
      // uses it.
      if (session && event.event === FEED_EVENTS.stale && isSignInFeedError(event.data.error))
        return;
      const id = 'seq' in event.data ? `id: ${event.data.seq}\n` : '';
      res.write(`event: ${event.event}\n${id}data: ${JSON.stringify(event.data)}\n\n`);
    };
    // The response's close, not the request's: a request stream may close as soon as it is read.
    res.on('close', finish);
    unsubscribe = feed.subscribe(send);
    // Ended while subscribing (asked to sign in): let go of the feed now.
    if (res.writableEnded) finish();
    return reply;
  });

  app.post<{ Params: FeedParams }>(
    '/api/feed/:platformId/:daemon/hurry',
    async (request, reply) => {
      const resolved = await resolveSignedIn(request, reply);
      if (!resolved) return reply;
      const body = HurryRequestSchema.safeParse(request.body ?? {});
      if (!body.success) {
        const issue = body.error.issues[0];
        return badRequest(
          reply,
          resolved.action,
          issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid',
        );
      }
      const hurrying = resolved.feed.hurryFor(body.data.connectorNames);
      return reply
        .code(202)
        .header('cache-control', 'no-store')
        .send({ hurrying, watchers: resolved.feed.subscriberCount });
    },
  );

  const HistoryQuery = z.object({
    limit: z.coerce.number().int().min(1).max(HISTORY_LIMIT_MAX).default(200),
  });

  app.get<{ Params: FeedParams & { connectorName: string } }>(
    '/api/history/:platformId/:daemon/:connectorName',
    async (request, reply) => {
      // 6.x: the history is status the platform shows only to signed-in users.
      const resolved = await resolveSignedIn(request, reply);
      if (!resolved) return reply;
      const query = HistoryQuery.safeParse(request.query ?? {});
      if (!query.success)
        return badRequest(reply, resolved.action, 'limit must be a whole number from 1 to 500');
      const { platformId, daemon, connectorName } = request.params;
      const answer: HistoryResponse = {
        platformId,
        daemon,
        connectorName,
        entries: history ? history.list(platformId, daemon, connectorName, query.data.limit) : [],
        keptPerConnector: history?.perConnector ?? 0,
      };
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );
}
