import type { QueryClient } from '@tanstack/react-query';
import type { EgeriaBackend } from '../../egeria/backend';
import type { PlatformInfo } from '../../egeria/platform-info';
import { createRpcBackend } from '../../egeria/rpc-backend';
import { consoleKeys } from '../../lib/query-keys';

/** One EgeriaBackend per configured platform, built on first use and kept for the page's life. */
export interface BackendRegistry {
  get(platform: PlatformInfo): EgeriaBackend;
}

/**
 * The console's backends: calls of the console server's operations (the dialects run there). Tests
 * may pass another factory.
 */
export function createBackendRegistry(
  factory: (platform: PlatformInfo) => EgeriaBackend = (platform) => createRpcBackend(platform),
): BackendRegistry {
  const cache = new Map<string, EgeriaBackend>();
  return {
    get(platform) {
      // Keyed by everything a backend is built from, so a changed configuration gets a fresh one.
      const key = JSON.stringify([
        platform.id,
        platform.dialect,
        platform.userId,
        platform.metadataServer,
        platform.viewServer,
      ]);
      let backend = cache.get(key);
      if (!backend) {
        backend = factory(platform);
        cache.set(key, backend);
      }
      return backend;
    },
  };
}

/** The app's registry: after any change through the console, the audit lists are read again. */
export function createConsoleBackends(queryClient: QueryClient): BackendRegistry {
  return createBackendRegistry((platform) =>
    createRpcBackend(platform, {
      onChange: () => void queryClient.invalidateQueries({ queryKey: consoleKeys.audit() }),
    }),
  );
}
