import { useQueries } from '@tanstack/react-query';
import type { PlatformScope } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';

export interface DaemonRuns {
  /** group qualifiedName → daemons whose status lists it. */
  byGroup: Map<string, string[]>;
  /** Some daemon has not answered yet. */
  pending: boolean;
  /** Daemons that could not be asked. */
  unreachable: string[];
}

/** Which of the platform's daemons run which groups, from the shared daemon status queries. */
export function useDaemonRuns(scope: PlatformScope): DaemonRuns {
  const daemons = scope.platform.daemons;
  return useQueries({
    queries: daemons.map((daemon) => daemonStatusQueryOptions(scope, daemon)),
    combine: (results) => {
      const byGroup = new Map<string, string[]>();
      results.forEach((result, index) => {
        const daemon = daemons[index];
        if (!daemon) return;
        for (const group of result.data?.groups ?? []) {
          byGroup.set(group.name, [...(byGroup.get(group.name) ?? []), daemon]);
        }
      });
      return {
        byGroup,
        pending: results.some((r) => r.isPending),
        unreachable: daemons.filter((_, i) => results[i]?.isError && !results[i]?.data),
      };
    },
  });
}
