/**
 * Routes of the bundle screens: `/p/{platformId}/bundles/export[?group=…&daemon=…]` and
 * `/p/{platformId}/bundles/import`. The pages are lazy; the loaders only resolve the platform.
 */
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';

export function bundleRoutes(services: LoaderServices): RouteObject[] {
  const loader = async ({ params }: LoaderFunctionArgs) => {
    await resolvePlatformScope(services, params.platformId);
    return null;
  };
  return [
    {
      path: 'bundles/export',
      loader,
      lazy: async () => ({ Component: (await import('./export-page')).ExportPage }),
    },
    {
      path: 'bundles/import',
      loader,
      lazy: async () => ({ Component: (await import('./import-page')).ImportPage }),
    },
  ];
}
