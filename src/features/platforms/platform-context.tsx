import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { EgeriaBackend } from '../../egeria/backend';
import type { PlatformInfo } from '../../egeria/platform-info';
import type { BackendRegistry } from './backend-registry';

/** The platform a screen works on and the backend that talks to it. */
export interface PlatformScope {
  platform: PlatformInfo;
  backend: EgeriaBackend;
}

const RegistryContext = createContext<BackendRegistry | null>(null);
const PlatformContext = createContext<PlatformScope | null>(null);

/** Makes the app's backend registry available to PlatformProvider (set once, at the root). */
export function BackendRegistryProvider({
  registry,
  children,
}: {
  registry: BackendRegistry;
  children: ReactNode;
}) {
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

/** The registry from BackendRegistryProvider. */
export function useBackendRegistry(): BackendRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useBackendRegistry needs a BackendRegistryProvider above it');
  return registry;
}

/** Scopes everything below it to one platform. */
export function PlatformProvider({
  platform,
  children,
}: {
  platform: PlatformInfo;
  children: ReactNode;
}) {
  const registry = useBackendRegistry();
  const scope = useMemo(
    () => ({ platform, backend: registry.get(platform) }),
    [platform, registry],
  );
  return <PlatformContext value={scope}>{children}</PlatformContext>;
}

/** The current platform and its backend; only inside a PlatformProvider (every /p/:platformId page). */
export function usePlatform(): PlatformScope {
  const scope = useContext(PlatformContext);
  if (!scope) throw new Error('usePlatform needs a PlatformProvider above it');
  return scope;
}

/** The backend of the current platform: the only way a feature talks to Egeria. */
export function useBackend(): EgeriaBackend {
  return usePlatform().backend;
}
