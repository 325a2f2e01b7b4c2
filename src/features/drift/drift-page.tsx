import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import { connectorKeys, groupKeys, platformKeys } from '../../lib/query-keys';
import { groupGraphPath, groupPath } from '../../lib/paths';
import { refreshGroupConfig } from '../monitor/action-toasts';
import { ConfirmDialog } from '../monitor/confirm-dialog';
import { DaemonFreshness } from '../monitor/feed-freshness';
import { daemonPath, daemonsPath } from '../monitor/monitor-paths';
import { usePlatform } from '../platforms/platform-context';
import { useRequestFreshStatus } from '../platforms/use-daemon-feed';
import type { DriftAction, DriftItem } from './drift';
import { ACTION_LABELS, DriftTable } from './drift-table';
import { useDaemonDrift, type GroupDriftState } from './use-drift';

/** What the drift route's loader hands the page. */
export interface DriftLoaderData {
  daemon: string;
  group?: string;
  configured: boolean;
}

interface Outcome {
  key: string;
  text: string;
  error?: unknown;
}

/** /p/{platformId}/daemons/{daemon}/drift[?group=]: what the daemon runs against what the metadata defines. */
export function DriftPage() {
  const { platform } = usePlatform();
  const { daemon, group, configured } = useLoaderData() as DriftLoaderData;
  const title = group ? `Drift of ${group} in ${daemon}` : `Drift of ${daemon}`;
  return (
    <div className="space-y-5">
      <PageHeader
        crumbs={[
          { label: 'Integration daemons', to: daemonsPath(platform.id) },
          { label: daemon, to: daemonPath(platform.id, daemon) },
          { label: 'Drift' },
        ]}
        title={title}
        documentTitle={`${title} · ${platform.label}`}
      >
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Where what the integration daemon runs differs from what the metadata defines: each
          difference with both sides, since when, and the action that resolves it.
        </p>
        {group ? (
          <p className="mt-1 text-sm">
            <Link to={groupPath(platform.id, group)} className="text-sky-800 underline">
              Back to the group
            </Link>
          </p>
        ) : null}
      </PageHeader>
      {configured ? (
        <DriftBody daemon={daemon} group={group} />
      ) : (
        <p>
          <code className="rounded bg-slate-100 px-1">{daemon}</code> is not one of the integration
          daemons the console watches on {platform.label}.
        </p>
      )}
    </div>
  );
}

function DriftBody({ daemon, group }: { daemon: string; group?: string }) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const requestFreshStatus = useRequestFreshStatus();
  const drift = useDaemonDrift(daemon, group);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState<string | undefined>();
  const [confirmRestart, setConfirmRestart] = useState<DriftItem | undefined>();

  const act = async (item: DriftItem, action: DriftAction) => {
    const key = `${item.id}\u0000${action}`;
    setBusy(key);
    const names = item.connectorName ? [item.connectorName] : [];
    try {
      if (action === 'refresh-config')
        await refreshGroupConfig(scope, queryClient, daemon, item.groupName);
      else if (action === 'restart') await backend.restartConnectors(daemon, item.connectorName);
      else if (action === 'refresh') await backend.refreshConnectors(daemon, item.connectorName);
      await requestFreshStatus(platform.id, daemon, names);
      setOutcomes((list) => [
        {
          key,
          text: `${ACTION_LABELS[action]}: ${item.groupName}${item.connectorName ? ` / ${item.connectorName}` : ''} — accepted by ${daemon}.`,
        },
        ...list.slice(0, 4),
      ]);
    } catch (error) {
      setOutcomes((list) => [
        { key, text: `${ACTION_LABELS[action]} failed`, error },
        ...list.slice(0, 4),
      ]);
    } finally {
      setBusy(undefined);
    }
  };

  const checkAgain = () => {
    const server = platform.metadataServer;
    void queryClient.invalidateQueries({ queryKey: groupKeys.all(platform.id, server) });
    void queryClient.invalidateQueries({ queryKey: connectorKeys.all(platform.id, server) });
    void queryClient.invalidateQueries({
      queryKey: [...platformKeys.all(platform.id), 'daemon', daemon],
    });
  };

  if (drift.status.isPending) return <Loading label={`Reading the status of ${daemon}…`} />;
  if (!drift.status.data)
    return <QueryErrorPanel title={`Could not read the status of ${daemon}`} read={drift.status} />;
  const pending = drift.groups.some((g) => g.pending);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <DaemonFreshness daemon={daemon} />
        <Button size="sm" onClick={checkAgain}>
          Check again
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-800">
        {pending
          ? 'Reading the definitions…'
          : drift.items.length === 0
            ? `No drift: ${daemon} runs what the metadata defines${group ? ` for ${group}` : ''}.`
            : `${drift.items.length} difference${drift.items.length === 1 ? '' : 's'} between ${daemon} and the metadata.`}
      </p>
      {outcomes.length > 0 ? (
        <ul aria-label="Action results" className="space-y-2">
          {outcomes.map((outcome) => (
            <li key={outcome.key + outcome.text}>
              {outcome.error ? (
                <ErrorPanel title={outcome.text} error={outcome.error} headingLevel="h3" />
              ) : (
                <p className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-sm">
                  {outcome.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {drift.targetsError ? (
        <ErrorPanel
          title="Some catalog targets could not be read; targets added since the last refresh may be missing"
          error={drift.targetsError}
        />
      ) : null}
      {drift.groups.length === 0 ? (
        <EmptyState
          title={group ? `${daemon} does not run ${group}` : `${daemon} runs no groups`}
        />
      ) : (
        drift.groups.map((state) => (
          <GroupDrift
            key={state.summary.name}
            state={state}
            daemon={daemon}
            busy={busy}
            onAct={(item, action) =>
              action === 'restart' ? setConfirmRestart(item) : void act(item, action)
            }
          />
        ))
      )}
      {confirmRestart ? (
        <ConfirmDialog
          title={`Restart ${confirmRestart.connectorName ?? ''}?`}
          confirmLabel="Restart"
          onCancel={() => setConfirmRestart(undefined)}
          onConfirm={() => {
            const item = confirmRestart;
            setConfirmRestart(undefined);
            void act(item, 'restart');
          }}
        >
          <p>
            The connector stops and starts a new instance with the configuration the daemon holds.
            To load a changed definition, refresh the group’s configuration instead.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function GroupDrift({
  state,
  daemon,
  busy,
  onAct,
}: {
  state: GroupDriftState;
  daemon: string;
  busy: string | undefined;
  onAct: (item: DriftItem, action: DriftAction) => void;
}) {
  const { platform } = usePlatform();
  const name = state.summary.name;
  const headingId = `drift-${name}`;
  let body: ReactNode;
  if (state.error)
    body = (
      <ErrorPanel
        title={`Could not read the definition of ${name}`}
        error={state.error}
        headingLevel="h3"
      />
    );
  else if (state.pending) body = <Loading label={`Reading the definition of ${name}…`} />;
  else if (state.items.length === 0)
    body = <p className="text-sm text-slate-700">No drift in this group.</p>;
  else
    body = (
      <DriftTable
        items={state.items}
        caption={`Drift of ${name} in ${daemon}`}
        daemon={daemon}
        busy={busy}
        onAct={onAct}
      />
    );
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id={headingId} className="text-lg font-semibold break-words">
          {name}
        </h2>
        {state.group ? (
          <>
            <Link to={groupPath(platform.id, name)} className="text-sm text-sky-800 underline">
              Group page
            </Link>
            <Link to={groupGraphPath(platform.id, name)} className="text-sm text-sky-800 underline">
              Graph
            </Link>
          </>
        ) : null}
      </div>
      {body}
    </section>
  );
}
