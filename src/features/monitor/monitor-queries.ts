/**
 * Queries of the monitoring screens besides the shared daemon status (platform-queries.ts): the
 * running connector's configuration properties, and its status history from the console server.
 */
import { queryOptions } from '@tanstack/react-query';
import { EgeriaError, messageTextWithoutId } from '../../egeria/errors';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { historyPath, HistoryResponseSchema } from '../../egeria/status-feed-protocol';
import { daemonKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/** The configuration properties the running connector uses (the daemon's copy, not the definition's). */
export function connectorConfigQueryOptions(
  { platform, backend }: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  return queryOptions({
    queryKey: daemonKeys.connectorConfig(platform.id, daemon, connectorName),
    queryFn: ({ signal }) =>
      backend.connectorConfigurationProperties(daemon, connectorName, signal),
    // A form is built from it: refetching under the user's hands would be worse than stale data.
    staleTime: Infinity,
  });
}

export const HISTORY_LIMIT = 200;

/** Status transitions recorded by the console server, newest first. */
export function connectorHistoryQueryOptions(
  { platform }: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  return queryOptions({
    queryKey: daemonKeys.connectorHistory(platform.id, daemon, connectorName),
    queryFn: async ({ signal }) => {
      const path = `${historyPath(platform.id, daemon, connectorName)}?limit=${HISTORY_LIMIT}`;
      let response: Response;
      try {
        response = await fetch(path, { headers: { [CONSOLE_REQUEST_HEADER]: '1' }, signal });
      } catch (cause) {
        throw new EgeriaError({
          kind: signal.aborted ? 'aborted' : 'network',
          httpStatus: 0,
          text: `No answer from the console server: ${cause instanceof Error ? cause.message : String(cause)}`,
          request: `GET ${path}`,
        });
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const ffdc = (body ?? {}) as Record<string, unknown>;
        const messageId =
          typeof ffdc['exceptionErrorMessageId'] === 'string'
            ? ffdc['exceptionErrorMessageId']
            : undefined;
        const message =
          typeof ffdc['exceptionErrorMessage'] === 'string' ? ffdc['exceptionErrorMessage'] : '';
        throw new EgeriaError({
          kind: 'http',
          httpStatus: response.status,
          messageId,
          text: messageTextWithoutId(message, messageId) || `HTTP ${response.status}`,
          userAction:
            typeof ffdc['exceptionUserAction'] === 'string'
              ? ffdc['exceptionUserAction']
              : undefined,
          request: `GET ${path}`,
        });
      }
      const parsed = HistoryResponseSchema.safeParse(body);
      if (!parsed.success)
        throw new EgeriaError({
          kind: 'bad-response',
          httpStatus: response.status,
          text: 'The console server’s history answer did not have the expected shape',
          request: `GET ${path}`,
        });
      return parsed.data;
    },
    staleTime: 0,
  });
}
