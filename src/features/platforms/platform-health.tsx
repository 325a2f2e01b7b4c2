import { useQuery } from '@tanstack/react-query';
import { Banner } from '../../components/banner';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { EgeriaError } from '../../egeria/errors';
import { errorMessage } from '../../lib/format';
import { usePlatform } from './platform-context';
import { platformOriginQueryOptions } from './platform-queries';

/** The header's view of the platform: its origin text when it answers, "Unreachable" when not. */
export function PlatformHealthIndicator() {
  const scope = usePlatform();
  const health = useQuery(platformOriginQueryOptions(scope));

  if (health.isError) {
    return (
      <span className="inline-flex items-center gap-1.5 text-sm font-medium text-red-200">
        <span aria-hidden="true">✕</span>
        Unreachable
      </span>
    );
  }
  if (health.isPending) {
    return (
      <span className="inline-flex items-center gap-1.5 text-sm text-slate-300">
        <Spinner />
        Checking platform…
      </span>
    );
  }
  return (
    <span
      className="inline-flex items-center gap-1.5 text-sm text-slate-200"
      title="The platform answered its last health check"
    >
      <span aria-hidden="true" className="text-green-400">
        ●
      </span>
      <span className="sr-only">Reachable: </span>
      {health.data}
    </span>
  );
}

function reasonOf(error: unknown): string {
  const text =
    error instanceof EgeriaError
      ? [error.messageId, error.text].filter(Boolean).join(' ')
      : errorMessage(error);
  return text.replace(/[.\s]+$/, '');
}

/**
 * The alert shown while the platform does not answer. It shares the header's health query, so it
 * goes away by itself on the first successful poll.
 */
export function PlatformUnreachableBanner() {
  const scope = usePlatform();
  const health = useQuery(platformOriginQueryOptions(scope));
  if (!health.isError) return null;
  return (
    <Banner
      tone="error"
      actions={
        <Button size="sm" onClick={() => void health.refetch()} disabled={health.isFetching}>
          {health.isFetching ? 'Retrying…' : 'Retry'}
        </Button>
      }
    >
      Platform {scope.platform.label} is unreachable: {reasonOf(health.error)}. Showing no live
      data.
    </Banner>
  );
}
