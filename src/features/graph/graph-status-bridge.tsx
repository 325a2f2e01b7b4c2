/**
 * The live-status half of the graph page: the daemons' status, read through the console's shared
 * daemon-status queries, turned into per-node statuses in the graph store. A module of its own so
 * `npm run bench:status` mounts the very bridge the graph page does.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import type { DaemonStatus } from '../../egeria/model';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import type { GraphModel } from './graph-model';
import { liveStatuses } from './graph-status';
import type { GraphViewStore } from './graph-store';

function combineDaemons(results: UseQueryResult<DaemonStatus>[]) {
  return results.map((result) => ({ status: result.data, pending: result.isPending }));
}

export interface StatusBridgeProps {
  model: GraphModel;
  store: GraphViewStore;
  /** liveStatuses itself; bench:status passes a timed wrapper of it. */
  statusesOf?: typeof liveStatuses;
}

/** Feeds the daemons' status (the console's shared daemon-status queries) into the graph store. */
export function StatusBridge({ model, store, statusesOf = liveStatuses }: StatusBridgeProps) {
  const scope = usePlatform();
  const daemons = scope.platform.daemons;
  const readings = useQueries({
    queries: daemons.map((daemon) => daemonStatusQueryOptions(scope, daemon)),
    combine: combineDaemons,
  });
  // Before paint, so nodes never flash "Checking…" when the status is already in the cache.
  useLayoutEffect(() => {
    store.setStatuses(
      statusesOf(
        model,
        readings.map((reading, i) => ({ ...reading, daemon: daemons[i] ?? '' })),
      ),
    );
  }, [model, readings, daemons, store, statusesOf]);
  return null;
}
