/**
 * One read of a daemon's status through the platform's upstream — the same HTTP client, TLS trust
 * and timeout the proxy uses, so there is one path to each Egeria platform. The answer is checked
 * the way Egeria signals failure and mapped with the 5.3 wire schema to the domain model, which
 * keeps only the report fields the console shows (the connection, with its secrets, is dropped).
 */
import type { DaemonStatus } from '../../egeria/model';
import { toDaemonStatus } from '../../egeria/v5/mapping';
import { integrationDaemonPath } from '../../egeria/v5/paths';
import { IntegrationDaemonStatusResponseSchema } from '../../egeria/v5/wire';
import { CONSOLE_MESSAGES } from '../console-errors';
import type { ProxyTarget } from '../proxy';
import { UpstreamError } from '../upstream';
import { FEED_MESSAGES, feedErrorFromConsole, feedErrorFromFfdc, PollFailure } from './feed-errors';

export type StatusPoll = () => Promise<DaemonStatus>;

/** The poll of one daemon of one platform; every failure is a PollFailure. */
export function createStatusPoll(target: ProxyTarget, daemon: string): StatusPoll {
  const { config, upstream } = target;
  const path = `${integrationDaemonPath(daemon, config.userId)}/status`;
  const request = `GET ${path}`;

  return async () => {
    if (config.dialect !== 'v5') {
      throw new PollFailure(
        feedErrorFromConsole(
          FEED_MESSAGES.dialectNotSupported,
          [config.id, config.dialect],
          request,
        ),
      );
    }
    let answer;
    try {
      answer = await upstream.request({
        method: 'GET',
        path,
        headers: { accept: 'application/json' },
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
    const parsed = IntegrationDaemonStatusResponseSchema.safeParse(body);
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
    return toDaemonStatus(parsed.data);
  };
}
