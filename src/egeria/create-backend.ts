/** Picks the dialect implementation for a configured platform. */
import type { EgeriaBackend } from './backend';
import { CONSOLE_REQUEST_HEADER, proxyBase, type PlatformInfo } from './platform-info';
import type { FetchLike } from './transport';
import { createV5Backend } from './v5/backend-v5';
import { createV6Backend } from './v6/backend-v6';

/** A backend that reaches the platform through the console server's proxy (or `baseUrl` when given). */
export function createBackend(
  platform: PlatformInfo,
  options: { baseUrl?: string; fetch?: FetchLike } = {},
): EgeriaBackend {
  const baseUrl = options.baseUrl ?? proxyBase(platform.id);
  const headers = () => ({ [CONSOLE_REQUEST_HEADER]: '1' });
  switch (platform.dialect) {
    case 'v5':
      return createV5Backend({
        baseUrl,
        userId: platform.userId,
        metadataServer: platform.metadataServer,
        fetch: options.fetch,
        headers,
      });
    case 'v6':
      // No token here: the console server adds the bearer token of the user's session.
      return createV6Backend({
        baseUrl,
        viewServer: platform.viewServer ?? 'view-server',
        fetch: options.fetch,
        headers,
      });
  }
}
