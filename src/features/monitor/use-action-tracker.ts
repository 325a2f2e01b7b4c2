import { useCallback, useEffect, useRef, useState } from 'react';
import type { EgeriaBackend } from '../../egeria/backend';
import type { DaemonStatus } from '../../egeria/model';
import { createConcurrencyLimiter } from '../../lib/concurrency';
import { useRequestFreshStatus } from '../platforms/use-daemon-feed';
import { toastDaemonAnswer } from './action-toasts';
import { marksOf, type ActionKind, type ReportMarks, type TrackedItem } from './action-outcomes';

/** An action on one or more connectors, with each connector's part of it. */
export interface TrackedAction {
  id: number;
  kind: ActionKind;
  /** "Restart OldMarketLandingAreaMonitor", "Restart 3 failed connectors". */
  label: string;
  items: TrackedItem[];
}

export interface ActionRequest {
  kind: ActionKind;
  label: string;
  /** The connectors the action is about (whose outcome is shown). */
  connectorNames: string[];
  /** One request per connector (bulk), or one request for all of them. */
  run: { each: (connectorName: string) => Promise<void> } | { once: () => Promise<void> };
}

/** A restart or refresh of the named connectors of a daemon, one request per connector. */
export function connectorAction(
  backend: Pick<EgeriaBackend, 'restartConnectors' | 'refreshConnectors'>,
  daemon: string,
  kind: 'restart' | 'refresh',
  label: string,
  connectorNames: string[],
): ActionRequest {
  return {
    kind,
    label,
    connectorNames,
    run: {
      each: (name) =>
        kind === 'restart'
          ? backend.restartConnectors(daemon, name)
          : backend.refreshConnectors(daemon, name),
    },
  };
}

/** Actions shown at once; older ones drop off. */
const KEPT_ACTIONS = 5;
// Bulk actions send one request per connector; a few at a time spares the platform.
const BULK_CONCURRENCY = 4;

function beforeMarks(status: DaemonStatus | undefined, names: readonly string[]) {
  const wanted = new Set(names);
  const marks = new Map<string, Map<string | undefined, ReportMarks>>();
  for (const report of status?.connectors ?? []) {
    if (!wanted.has(report.connectorName)) continue;
    const byGroup = marks.get(report.connectorName) ?? new Map<string | undefined, ReportMarks>();
    byGroup.set(report.groupName, marksOf(report));
    marks.set(report.connectorName, byGroup);
  }
  return marks;
}

/**
 * Runs actions on connectors of a daemon and keeps what is needed to show their outcome: each
 * item's marks before the action and when (or whether) Egeria accepted it. After an accepted
 * action the console server is asked to poll faster until the connectors settle.
 */
export function useActionTracker(
  platformId: string,
  daemon: string,
  status: DaemonStatus | undefined,
) {
  const [actions, setActions] = useState<TrackedAction[]>([]);
  const requestFreshStatus = useRequestFreshStatus();
  const statusRef = useRef(status);
  const nextId = useRef(1);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  const updateItem = useCallback(
    (actionId: number, connectorName: string | undefined, patch: Partial<TrackedItem>) => {
      setActions((list) =>
        list.map((action) =>
          action.id !== actionId
            ? action
            : {
                ...action,
                items: action.items.map((item) =>
                  connectorName === undefined || item.connectorName === connectorName
                    ? { ...item, ...patch }
                    : item,
                ),
              },
        ),
      );
    },
    [],
  );

  const run = useCallback(
    async (request: ActionRequest): Promise<void> => {
      const id = nextId.current++;
      const marks = beforeMarks(statusRef.current, request.connectorNames);
      const items: TrackedItem[] = request.connectorNames.map((connectorName) => ({
        connectorName,
        before: marks.get(connectorName) ?? new Map(),
      }));
      setActions((list) =>
        [{ id, kind: request.kind, label: request.label, items }, ...list].slice(0, KEPT_ACTIONS),
      );

      const accepted: string[] = [];
      const refusals: unknown[] = [];
      if ('once' in request.run) {
        try {
          await request.run.once();
          updateItem(id, undefined, { acceptedAt: Date.now() });
          accepted.push(...request.connectorNames);
        } catch (error) {
          updateItem(id, undefined, { error });
          refusals.push(error);
        }
      } else {
        const limiter = createConcurrencyLimiter(BULK_CONCURRENCY);
        const each = request.run.each;
        await Promise.all(
          request.connectorNames.map((name) =>
            limiter.run(async () => {
              try {
                await each(name);
                updateItem(id, name, { acceptedAt: Date.now() });
                accepted.push(name);
              } catch (error) {
                updateItem(id, name, { error });
                refusals.push(error);
              }
            }),
          ),
        );
      }
      toastDaemonAnswer(request.label, daemon, { accepted: accepted.length, refusals });
      if (accepted.length > 0) await requestFreshStatus(platformId, daemon, accepted);
    },
    [daemon, platformId, requestFreshStatus, updateItem],
  );

  const dismiss = useCallback((actionId: number) => {
    setActions((list) => list.filter((action) => action.id !== actionId));
  }, []);

  // The tracker carries what it tracks in, so its results render from it alone.
  return { actions, run, dismiss, status, platformId, daemon };
}

export type ActionTracker = ReturnType<typeof useActionTracker>;
