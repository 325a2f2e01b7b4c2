import type { QueryClient } from '@tanstack/react-query';
import { showToast } from '../../components/toasts';
import { formatCount } from '../../lib/format';
import { daemonKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/**
 * Says in the app's toast region what a daemon made of a request, as the place the user acted
 * shows it too: accepted, or refused with Egeria's message id, text and user action (the first
 * refusal's, for a request sent for several connectors).
 */
export function toastDaemonAnswer(
  label: string,
  daemon: string,
  answers: { accepted: number; refusals: unknown[] },
): void {
  const { accepted, refusals } = answers;
  if (refusals.length === 0) {
    showToast({
      title: `${label}: accepted by ${daemon}`,
      detail:
        accepted > 1
          ? `${formatCount(accepted, 'connector')}; their rows show the status each reaches.`
          : 'Where you asked for it, the status it reaches is shown as the daemon reports it.',
    });
    return;
  }
  showToast({
    title:
      accepted === 0
        ? `${label}: refused by ${daemon}`
        : `${label}: ${accepted.toLocaleString()} accepted, ${refusals.length.toLocaleString()} refused by ${daemon}`,
    error: refusals[0],
  });
}

/**
 * Asks a daemon to reload a group's definition from the metadata server, says what it answered in
 * a toast, then re-reads the daemon's status whatever the outcome. Several of these run side by
 * side (one per daemon and group), each shown where it was asked for, so this is a plain function
 * rather than one mutation. Throws the refusal for the caller to show in place.
 */
export async function refreshGroupConfig(
  scope: PlatformScope,
  queryClient: QueryClient,
  daemon: string,
  groupName: string,
): Promise<void> {
  const label = `Refresh the configuration of ${groupName}`;
  try {
    await scope.backend.refreshGroupConfig(daemon, groupName);
    toastDaemonAnswer(label, daemon, { accepted: 1, refusals: [] });
  } catch (error) {
    toastDaemonAnswer(label, daemon, { accepted: 0, refusals: [error] });
    throw error;
  } finally {
    void queryClient.invalidateQueries({ queryKey: daemonKeys.status(scope.platform.id, daemon) });
  }
}
