import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { BackendRegistry } from '../features/platforms/backend-registry';
import { BackendRegistryProvider } from '../features/platforms/platform-context';

export interface AppProvidersProps {
  queryClient: QueryClient;
  backends: BackendRegistry;
  children: ReactNode;
}

/** Everything the screens share: the one QueryClient and the per-platform backends. */
export function AppProviders({ queryClient, backends, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <BackendRegistryProvider registry={backends}>{children}</BackendRegistryProvider>
    </QueryClientProvider>
  );
}
