/**
 * One read of a daemon's status through the platform's upstream — the same HTTP client, TLS trust
 * and timeout the proxy uses, so there is one path to each Egeria platform. The answer is checked
 * the way Egeria signals failure and mapped with the dialect's wire schema to the domain model,
 * which keeps only the report fields the console shows (the connection, with its secrets, is
 * dropped). 5.x names the user in the path; 6.x has no userId in the path and needs a bearer token.
 */
import type { DaemonStatus } from '../../egeria/model';
import type { z } from 'zod';
import {
  IntegrationDaemonStatusResponseSchema,
  IntegrationGroupSummariesResponseSchema,
  toDaemonStatus,
  toGroupSummary,
} from '../../egeria/apis/daemon';
import { integrationDaemonPath as integrationDaemonPath5 } from '../../egeria/v5/paths';
import { integrationDaemonPath as integrationDaemonPath6 } from '../../egeria/v6/paths';
import { CONSOLE_MESSAGES } from '../console-errors';
import { egeriaCallRecord, type EgeriaCallRecord } from '../egeria-call-log';
import type { Dialect } from '../dialect-detection';
import type { PlatformTarget as ProxyTarget } from '../platform-target';
import { UpstreamError } from '../upstream';
import { FEED_MESSAGES, feedErrorFromConsole, feedErrorFromFfdc, PollFailure } from './feed-errors';

/** How one poll calls the platform: its dialect, and on 6.x the bearer token to send. */
export interface PollCall {
  dialect: Dialect;
  token?: string;
}

export type StatusPoll = (call: PollCall) => Promise<DaemonStatus>;

/** A 6.x platform answered 401 to this token (expired, logged out, or the platform restarted). */
export class TokenRefused extends Error {
  constructor(readonly request: string) {
    super(`the platform refused the token for ${request}`);
    this.name = 'TokenRefused';
  }
}

/** The path of a daemon's status in a dialect. */
export function statusPath(dialect: Dialect, daemon: string, userId: string): string {
  return dialect === 'v6'
    ? `${integrationDaemonPath6(daemon)}/status`
    : `${integrationDaemonPath5(daemon, userId)}/status`;
}

/** The path of a daemon's group summaries in 5.3 (its fallback when /status fails). */
function summariesPath(daemon: string, userId: string): string {
  return `${integrationDaemonPath5(daemon, userId)}/integration-groups/summary`;
}

/**
 * Real 5.3 fails /status with this NullPointerException while its daemon runs no connector
 * (golden 5.3/03e); the group summaries still answer and say the same.
 */
const NO_CONNECTOR_NPE = 'OMAG-COMMON-400-016';

/** The poll of one daemon of one platform; every failure is a PollFailure or TokenRefused. */
export function createStatusPoll(
  target: ProxyTarget,
  daemon: string,
  onCall?: (record: EgeriaCallRecord) => void,
): StatusPoll {
  const { config, upstream } = target;

  /** One GET, checked the way Egeria signals failure and parsed with `schema`. */
  async function read<T>(
    path: string,
    { dialect, token }: PollCall,
    schema: z.ZodType<T>,
  ): Promise<T> {
    const request = `GET ${path}`;
    let answer;
    const started = performance.now();
    try {
      answer = await upstream.request({
        method: 'GET',
        path,
        headers: {
          accept: 'application/json',
          ...(dialect === 'v6' && token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeoutMs: config.timeoutMs,
      });
    } catch (error) {
      const reason = error instanceof UpstreamError ? error.reason : 'unreachable';
      const detail = (error as Error).message;
      if (reason === 'timeout')
        throw new PollFailure(
          feedErrorFromConsole(
            CONSOLE_MESSAGES.timeout,
            [config.id, request, String(config.timeoutMs)],
            request,
          ),
        );
      if (reason === 'tls')
        throw new PollFailure(
          feedErrorFromConsole(
            CONSOLE_MESSAGES.tlsRejected,
            [config.id, config.url, detail],
            request,
          ),
        );
      throw new PollFailure(
        feedErrorFromConsole(
          CONSOLE_MESSAGES.unreachable,
          [config.id, config.url, detail],
          request,
        ),
      );
    }
    onCall?.(egeriaCallRecord(config.id, request, answer, performance.now() - started));
    // 6.x: the token is no longer good; the caller may have another subscriber's.
    if (dialect === 'v6' && answer.status === 401) throw new TokenRefused(request);

    let body: unknown;
    try {
      body = JSON.parse(answer.body.toString('utf8'));
    } catch {
      throw new PollFailure(
        feedErrorFromConsole(
          FEED_MESSAGES.badAnswer,
          [config.id, request, `HTTP ${answer.status}, not JSON`],
          request,
        ),
      );
    }
    const ffdc = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const related =
      typeof ffdc['relatedHTTPCode'] === 'number' ? ffdc['relatedHTTPCode'] : undefined;
    if ((related !== undefined && related !== 200) || answer.status >= 400) {
      if (ffdc['exceptionErrorMessageId'] || ffdc['exceptionErrorMessage'] || related !== undefined)
        throw new PollFailure(feedErrorFromFfdc(ffdc, answer.status, request));
      const spring = [ffdc['error'], ffdc['message']]
        .filter((v) => typeof v === 'string')
        .join(': ');
      throw new PollFailure(
        feedErrorFromConsole(
          FEED_MESSAGES.badAnswer,
          [config.id, request, `HTTP ${answer.status}${spring ? ` ${spring}` : ''}`],
          request,
        ),
      );
    }
    // The daemon's beans are the same in both releases.
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PollFailure(
        feedErrorFromConsole(
          FEED_MESSAGES.badAnswer,
          [
            config.id,
            request,
            issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown',
          ],
          request,
        ),
      );
    }
    return parsed.data;
  }

  return async (call) => {
    try {
      return toDaemonStatus(
        await read(
          statusPath(call.dialect, daemon, config.userId),
          call,
          IntegrationDaemonStatusResponseSchema,
        ),
      );
    } catch (error) {
      if (
        call.dialect !== 'v5' ||
        !(error instanceof PollFailure) ||
        error.feedError.messageId !== NO_CONNECTOR_NPE
      )
        throw error;
      const r = await read(
        summariesPath(daemon, config.userId),
        call,
        IntegrationGroupSummariesResponseSchema,
      );
      const groups = (r.integrationGroupSummaries ?? []).map((g) => toGroupSummary(g));
      return { groups, connectors: groups.flatMap((g) => g.connectors) };
    }
  };
}
