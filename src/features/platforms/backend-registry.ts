import type { EgeriaBackend } from '../../egeria/backend';
import { createBackend } from '../../egeria/create-backend';
import type { PlatformInfo } from '../../egeria/platform-info';

/** One EgeriaBackend per configured platform, built on first use and kept for the page's life. */
export interface BackendRegistry {
  get(platform: PlatformInfo): EgeriaBackend;
}

export function createBackendRegistry(
  factory: (platform: PlatformInfo) => EgeriaBackend = (platform) => createBackend(platform),
): BackendRegistry {
  const cache = new Map<string, EgeriaBackend>();
  return {
    get(platform) {
      // Keyed by everything createBackend reads, so a changed configuration gets a fresh backend.
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
