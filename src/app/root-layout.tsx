import { useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLoaderData, useMatch, useRouteError } from 'react-router';
import { PageSkeleton } from '../components/skeleton';
import { ToastRegion } from '../components/toasts';
import { roleAllows } from '../egeria/operations';
import type { PlatformInfo } from '../egeria/platform-info';
import { ConsoleUserControls } from '../features/platforms/console-user-controls';
import { meQueryOptions } from '../features/platforms/console-user-queries';
import { PlatformProvider } from '../features/platforms/platform-context';
import {
  PlatformHealthIndicator,
  PlatformUnreachableBanner,
} from '../features/platforms/platform-health';
import { daemonsPath } from '../features/monitor/monitor-paths';
import { PlatformSelector } from '../features/platforms/platform-selector';
import { SessionControls } from '../features/platforms/session-controls';
import { SignInGate } from '../features/platforms/sign-in-gate';
import { bundleExportPath, groupsPath } from '../lib/paths';
import { NavigationProgress } from './navigation-progress';
import { RetryableError } from './route-error-boundary';
import { GlobalShortcuts, openCommandPalette, PALETTE_KEYS } from './shortcuts';
import { ThemeToggle } from './theme-toggle';

const MAIN_ID = 'main-content';

interface ShellProps {
  platforms: PlatformInfo[];
  platform: PlatformInfo | undefined;
  children: ReactNode;
}

const NAV_LINK =
  'rounded px-2 py-1 text-sm text-slate-200 hover:bg-slate-800 aria-[current=page]:bg-slate-700 aria-[current=page]:text-white';

/** Skip link, header (product, platform, health), the unreachable banner and the main landmark. */
function Shell({ platforms, platform, children }: ShellProps) {
  const me = useQuery(meQueryOptions());
  const administers = Object.values(me.data?.roles ?? {}).some((r) => roleAllows(r, 'admin'));
  const bundlesOpen = useMatch('/p/:platformId/bundles/*') !== null;
  return (
    <div className="flex min-h-screen flex-col">
      <NavigationProgress />
      <GlobalShortcuts platform={platform} />
      <a
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          // Move focus without adding a fragment to the URL (the router owns the URL).
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
        className="sr-only rounded bg-white font-medium text-sky-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="bg-slate-900 text-slate-50">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to="/" className="inline-flex items-center gap-2 text-lg font-semibold">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            Egeria Integration Console
          </Link>
          {platform ? (
            <>
              <PlatformSelector platforms={platforms} current={platform} />
              <nav aria-label="Main" className="flex gap-1">
                <NavLink to={groupsPath(platform.id)} className={NAV_LINK}>
                  Integration groups
                </NavLink>
                <NavLink to={daemonsPath(platform.id)} className={NAV_LINK}>
                  Integration daemons
                </NavLink>
                <Link
                  to={bundleExportPath(platform.id)}
                  // Export and import are one section of the console.
                  aria-current={bundlesOpen ? 'page' : undefined}
                  className={NAV_LINK}
                >
                  Bundles
                </Link>
              </nav>
              <div className="ml-auto flex flex-wrap items-center gap-4">
                <button
                  type="button"
                  onClick={openCommandPalette}
                  title={`Command palette (${PALETTE_KEYS})`}
                  aria-keyshortcuts="Control+K Meta+K"
                  className="rounded border border-slate-600 px-2 py-1 text-sm text-slate-200 hover:bg-slate-800"
                >
                  Search… <kbd className="ml-1 font-mono text-xs">{PALETTE_KEYS}</kbd>
                </button>
                <ThemeToggle />
                <PlatformHealthIndicator />
                <SessionControls />
                <ConsoleUserControls platform={platform} />
              </div>
            </>
          ) : (
            <div className="ml-auto flex items-center gap-4">
              <ThemeToggle />
              <ConsoleUserControls platform={undefined} />
            </div>
          )}
          {administers ? (
            <nav aria-label="Administration">
              <NavLink to="/audit" className={NAV_LINK}>
                Audit log
              </NavLink>
            </nav>
          ) : null}
        </div>
      </header>
      {platform ? <PlatformUnreachableBanner /> : null}
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6 focus:outline-none"
      >
        {children}
      </main>
      <ToastRegion />
    </div>
  );
}

/** The layout of every page. Pages under /p/:platformId get that platform's context. */
export function RootLayout() {
  const platforms = useLoaderData() as PlatformInfo[];
  const match = useMatch('/p/:platformId/*');
  const platform = platforms.find((p) => p.id === match?.params.platformId);
  const shell = (
    <Shell platforms={platforms} platform={platform}>
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    </Shell>
  );
  return platform ? (
    <PlatformProvider platform={platform}>
      <SignInGate>{shell}</SignInGate>
    </PlatformProvider>
  ) : (
    shell
  );
}

/** When even the list of platforms could not be read (the console server is down or broken). */
export function RootErrorBoundary() {
  return (
    <Shell platforms={[]} platform={undefined}>
      <RetryableError title="The console could not start" error={useRouteError()} />
    </Shell>
  );
}
