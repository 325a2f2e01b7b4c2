import type { ReactNode } from 'react';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { UnknownPlatformError } from '../features/platforms/resolve-platform';
import { SignInRequiredError } from '../features/platforms/session-queries';
import { SignInRequired } from '../features/platforms/sign-in-required';
import { UnknownPlatform } from '../features/platforms/unknown-platform';
import { NotFoundPage } from './not-found-page';

/**
 * What a page shows instead of itself when its loader or rendering fails: Egeria's own error in
 * full, with Retry. The header stays, so the user keeps their bearings; never a blank page.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();

  if (error instanceof UnknownPlatformError) {
    return <UnknownPlatform platformId={error.platformId} platforms={error.platforms} />;
  }
  if (error instanceof SignInRequiredError) return <SignInRequired platform={error.platform} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const shown = isRouteErrorResponse(error)
    ? new Error(
        `${error.status} ${error.statusText}${typeof error.data === 'string' ? `: ${error.data}` : ''}`,
      )
    : error;
  return (
    <RetryableError title="This page could not be loaded" error={shown}>
      <Link to="/" className="text-sky-800 underline">
        Go to the integration groups
      </Link>
    </RetryableError>
  );
}

/** An error page's body: the failure in full, with Retry running the route's loaders again. */
export function RetryableError({
  title,
  error,
  children,
}: {
  title: string;
  error: unknown;
  children?: ReactNode;
}) {
  const revalidator = useRevalidator();
  return (
    <div className="max-w-4xl">
      <title>Error · Egeria Integration Console</title>
      <ErrorPanel
        headingLevel="h1"
        title={title}
        error={error}
        onRetry={() => void revalidator.revalidate()}
        retrying={revalidator.state === 'loading'}
      >
        {children}
      </ErrorPanel>
    </div>
  );
}
