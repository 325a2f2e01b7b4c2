import { useCallback, useState } from 'react';
import { marksOf, type ActionKind, type TrackedItem } from '../monitor/action-outcomes';
import { toastDaemonAnswer } from '../monitor/action-toasts';
import type { PlatformScope } from '../platforms/platform-context';
import { useRequestFreshStatus } from '../platforms/use-daemon-feed';
import type { ConnectorRow } from './connector-rows';

/** A restart or refresh asked for from a row of the group page, one item per daemon running it. */
export interface RowAction {
  kind: Extract<ActionKind, 'restart' | 'refresh'>;
  /** By daemon: the connector's marks there before the request, and Egeria's answer. */
  items: ReadonlyMap<string, TrackedItem>;
}

const LABEL = { restart: 'Restart', refresh: 'Refresh' } as const;

/**
 * Restart and refresh of the group page's connectors, sent to every daemon that reports the
 * connector. Each row keeps its last action, so its outcome stays in the row (read from the live
 * status with the daemon view's rules), and each daemon's answer is also a toast.
 */
export function useConnectorActions({ platform, backend }: PlatformScope) {
  const [actions, setActions] = useState<ReadonlyMap<string, RowAction>>(() => new Map());
  const requestFreshStatus = useRequestFreshStatus();

  const update = useCallback(
    (connectorName: string, daemon: string, patch: Partial<TrackedItem>) =>
      setActions((current) => {
        const action = current.get(connectorName);
        const item = action?.items.get(daemon);
        if (!action || !item) return current;
        const items = new Map(action.items).set(daemon, { ...item, ...patch });
        return new Map(current).set(connectorName, { ...action, items });
      }),
    [],
  );

  const run = useCallback(
    async (kind: RowAction['kind'], row: ConnectorRow) => {
      const name = row.connectorName;
      const items = new Map<string, TrackedItem>(
        row.runs.map(({ daemon, report }) => [
          daemon,
          { connectorName: name, before: new Map([[report.groupName, marksOf(report)]]) },
        ]),
      );
      setActions((current) => new Map(current).set(name, { kind, items }));
      await Promise.all(
        [...items.keys()].map(async (daemon) => {
          try {
            await (kind === 'restart'
              ? backend.restartConnectors(daemon, name)
              : backend.refreshConnectors(daemon, name));
          } catch (error) {
            update(name, daemon, { error });
            toastDaemonAnswer(`${LABEL[kind]} ${name}`, daemon, { accepted: 0, refusals: [error] });
            return;
          }
          update(name, daemon, { acceptedAt: Date.now() });
          toastDaemonAnswer(`${LABEL[kind]} ${name}`, daemon, { accepted: 1, refusals: [] });
          await requestFreshStatus(platform.id, daemon, [name]);
        }),
      );
    },
    [backend, platform.id, requestFreshStatus, update],
  );

  return { actions, run };
}
