import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createBackendRegistry } from '../features/platforms/backend-registry';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import './index.css';

const queryClient = createQueryClient();
const backends = createBackendRegistry();
const router = createAppRouter({ queryClient, backends });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} backends={backends}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
