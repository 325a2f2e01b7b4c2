/**
 * Renders the whole console (real routes, loaders, QueryClient and backends) at a URL, as a full
 * page load would, against whatever MSW handlers the test installed.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { onTestFinished } from 'vitest';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { createAppRouter } from '../app/router';
import { createConsoleBackends } from '../features/platforms/backend-registry';

export function renderApp(url: string, options: { advanceTimers?: (ms: number) => unknown } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient({ retryDelay: 0 });
  const backends = createConsoleBackends(queryClient);
  const router = createAppRouter({ queryClient, backends });
  const user = userEvent.setup(
    options.advanceTimers ? { advanceTimers: options.advanceTimers } : {},
  );
  const view = render(
    <AppProviders queryClient={queryClient} backends={backends}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  onTestFinished(() => {
    view.unmount();
    router.dispose();
    queryClient.clear();
  });
  return { ...view, user, router, queryClient };
}

/** The current address as the browser shows it. */
export function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}`;
}
