import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { signInPagePath } from '../egeria/console-user';
import { createConsoleBackends } from '../features/platforms/backend-registry';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { startTheme } from './theme';
import './index.css';

const queryClient = createQueryClient({
  // The console sign-in ended (idle too long, or the server restarted): sign in, then come back.
  onConsoleSignInRequired: () =>
    window.location.assign(signInPagePath(`${location.pathname}${location.search}`)),
});
const backends = createConsoleBackends(queryClient);
const router = createAppRouter({ queryClient, backends });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
// Drawn once the theme is ready: a dark page never flashes light while its sheet loads.
void startTheme().then(() =>
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient} backends={backends}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
