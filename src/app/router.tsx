import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  redirect,
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { bundleRoutes } from '../features/bundles/bundle-routes';
import { definitionRoutes } from '../features/definitions/definition-routes';
import { driftRoutes } from '../features/drift/drift-routes';
import { daemonGraphLoader, groupGraphLoader } from '../features/graph/graph-loaders';
import { groupLoader, groupsLoader } from '../features/groups/group-loaders';
import { daemonsLoader, monitorLoader } from '../features/monitor/monitor-loaders';
import { meQueryOptions } from '../features/platforms/console-user-queries';
import {
  loadPlatforms,
  requireConsoleUser,
  resolvePlatformScope,
  type LoaderServices,
} from '../features/platforms/resolve-platform';
import { safeNextPath } from '../egeria/console-user';
import { NoPlatforms } from '../features/platforms/unknown-platform';
import { encodedGroupNameInPath, groupsPath } from '../lib/paths';
import { AppLoading } from './app-loading';
import { NotFoundPage } from './not-found-page';
import { RootErrorBoundary, RootLayout } from './root-layout';
import { RouteErrorBoundary } from './route-error-boundary';

/*
 * Routes:
 *   /                                  → /p/{first platform}/groups
 *   /groups/{qualifiedName}            → /p/{first platform}/groups/{qualifiedName}
 *   /p/:platformId                     → /p/:platformId/groups
 *   /p/:platformId/groups              groups page (lazy)
 *   /p/:platformId/groups/{name}       group page (lazy); {name} is one encodeURIComponent segment
 *   /p/:platformId/…                   definition screens (features/definitions/definition-routes)
 *   /p/:platformId/daemons             integration daemons (lazy)
 *   /p/:platformId/daemons/{daemon}[/connectors/{connectorName}]   daemon view / connector page (lazy)
 *   /p/:platformId/groups/{name}/graph the group's graph (lazy); ?focus= a connectorName or qualifiedName
 *   /p/:platformId/daemons/{d}/graph   every group one daemon runs, as one graph (lazy)
 *   /p/:platformId/daemons/{d}/drift   where the daemon differs from the definitions (lazy); ?group=
 *   /p/:platformId/bundles/export|import   bundles of groups (lazy)
 *   /audit                             the audit log (administrators; lazy)
 *   /signin?next=                      the console's own sign-in (when it has one; lazy)
 *   *                                  not found
 */

/**
 * Filters, sorting and paging live in the search string; changing them never refetches the page's
 * data. An explicit revalidation (same URL: Retry, or a sign-in that began or ended) does.
 */
function revalidateOnPathChange({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.href === nextUrl.href) return defaultShouldRevalidate;
  return currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;
}

export function createRoutes(services: LoaderServices): RouteObject[] {
  return [
    {
      path: '/signin',
      loader: async ({ request }) => {
        const me = await services.queryClient.ensureQueryData(meQueryOptions());
        const next = safeNextPath(new URL(request.url).searchParams.get('next'));
        // Signed in already, or nothing to sign in to: straight on.
        return !me.signInRequired || me.signedIn ? redirect(next) : me;
      },
      lazy: async () => ({ Component: (await import('./sign-in-page')).SignInPage }),
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorBoundary,
    },
    {
      id: 'root',
      path: '/',
      // Revalidating this is free: who is signed in and the platforms are cached for the page's life.
      loader: async ({ request }) => {
        await requireConsoleUser(services, request);
        return loadPlatforms(services);
      },
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: AppLoading,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              loader: async () => {
                const [first] = await loadPlatforms(services);
                return first ? redirect(groupsPath(first.id)) : null;
              },
              // Shown only when no platform is configured; otherwise the loader redirects.
              Component: NoPlatforms,
            },
            {
              path: 'groups/*',
              loader: async ({ request }) => {
                const [first] = await loadPlatforms(services);
                const url = new URL(request.url);
                const encodedName = encodedGroupNameInPath(url.pathname);
                if (!first) return redirect('/');
                // The name is passed on still encoded, exactly as it came.
                return redirect(
                  `${groupsPath(first.id)}${encodedName ? `/${encodedName}` : ''}${url.search}`,
                );
              },
              // Never shown (the loader always redirects); a leaf route without one draws a router warning.
              Component: AppLoading,
            },
            {
              path: 'p/:platformId',
              loader: async ({ params }) => {
                await resolvePlatformScope(services, params.platformId);
                return null;
              },
              shouldRevalidate: revalidateOnPathChange,
              children: [
                {
                  index: true,
                  loader: ({ params }) => redirect(groupsPath(params.platformId ?? '')),
                  Component: AppLoading,
                },
                screen('groups', groupsLoader(services), groupsPage, 'GroupsPage'),
                // Ranks above `groups/*`: a name is one segment, so `/graph` cannot be part of it.
                screen(
                  'groups/:name/graph',
                  groupGraphLoader(services),
                  graphPage,
                  'GroupGraphPage',
                ),
                screen(
                  'daemons/:daemon/graph',
                  daemonGraphLoader(services),
                  graphPage,
                  'DaemonGraphPage',
                ),
                ...driftRoutes(services),
                ...bundleRoutes(services),
                screen('groups/*', groupLoader(services), groupPage, 'GroupPage'),
                ...definitionRoutes(services),
                screen('daemons', daemonsLoader(services), daemonsPage, 'DaemonsPage'),
                screen('daemons/*', monitorLoader(services), monitorPage, 'MonitorPage'),
              ],
            },
            {
              path: 'audit',
              lazy: async () => ({
                Component: (await import('../features/audit/audit-page')).AuditPage,
              }),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}

// The platform screens' modules, each a chunk of its own loaded when first shown.
const groupsPage = () => import('../features/groups/groups-page');
const graphPage = () => import('../features/graph/graph-page');
const groupPage = () => import('../features/groups/group-page');
const daemonsPage = () => import('../features/monitor/daemons-page');
const monitorPage = () => import('../features/monitor/monitor-page');

/**
 * A platform's screen: its loader runs again only when the path changes; its page is the export
 * `name` of a module loaded when the screen first shows.
 */
function screen<K extends string>(
  path: string,
  loader: LoaderFunction,
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject {
  return {
    path,
    loader,
    shouldRevalidate: revalidateOnPathChange,
    lazy: async () => ({ Component: (await load())[name] }),
  };
}

/** The browser router over the app's routes. */
export function createAppRouter(services: LoaderServices) {
  return createBrowserRouter(createRoutes(services));
}
