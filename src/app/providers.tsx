import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { BackendRegistry } from '../features/platforms/backend-registry';
import { BackendRegistryProvider } from '../features/platforms/platform-context';
import { useDaemonFeeds } from '../features/platforms/use-daemon-feed';

/** Keeps the daemon-status queries fed by the console server's status feed. */
function DaemonFeeds() {
  useDaemonFeeds();
  return null;
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  backends: BackendRegistry;
  children: ReactNode;
}

/** Everything the screens share: the one QueryClient and the per-platform backends. */
export function AppProviders({ queryClient, backends, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <DaemonFeeds />
      <BackendRegistryProvider registry={backends}>{children}</BackendRegistryProvider>
    </QueryClientProvider>
  );
}
