import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Breadcrumbs } from '../../components/page-header';
import { useLoaderData } from 'react-router';
import { LinkList } from '../../components/link-list';
import {
  bundleExportPath,
  definitionPaths,
  driftPath,
  groupGraphPath,
  groupsPath,
} from '../../lib/paths';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { ElementAudit } from '../audit/element-audit';
import { refreshGroupConfig } from '../monitor/action-toasts';
import { ConfirmDialog } from '../monitor/confirm-dialog';
import { usePlatform } from '../platforms/platform-context';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';
import { DaemonProblems } from './daemon-problems';
import { groupRuns, useDaemonStates } from './daemon-states';
import { StoredElementJson } from '../definitions/stored-element-json';
import { GroupDetails } from './group-details';
import type { GroupLoaderData } from './group-loaders';
import { GroupNotFound } from './group-not-found';
import { groupByNameQueryOptions } from './group-queries';
import { RegisteredConnectors } from './registered-connectors';

/** One integration group: its definition, the daemons running it, and its connectors live. */
export function GroupPage() {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as GroupLoaderData;
  const { data: group } = useSuspenseQuery(groupByNameQueryOptions(scope, qualifiedName));
  const daemonStates = useDaemonStates(scope);
  const runs = useMemo(() => (group ? groupRuns(daemonStates, group) : []), [daemonStates, group]);

  if (!group) return <GroupNotFound qualifiedName={qualifiedName} platform={scope.platform} />;

  const name = group.displayName ?? group.qualifiedName;
  return (
    <div className="space-y-6">
      <title>{`${name} · ${scope.platform.label} · Egeria Integration Console`}</title>
      <div>
        <Breadcrumbs
          crumbs={[
            { label: 'Integration groups', to: groupsPath(scope.platform.id) },
            { label: name },
          ]}
        />
        <h1 className="mt-1 text-2xl font-semibold break-words">{name}</h1>
        <GroupActions
          platformId={scope.platform.id}
          qualifiedName={group.qualifiedName}
          daemons={runs.map((r) => r.daemon)}
        />
        <RefreshConfiguration groupName={group.qualifiedName} daemons={runs.map((r) => r.daemon)} />
        <RoleNotice
          needs="editor"
          doing="Changing this group, its connectors and their registrations"
          className="mt-2"
        />
      </div>
      <DaemonProblems states={daemonStates} />
      <GroupDetails group={group} runs={runs} daemonStates={daemonStates} />
      <RegisteredConnectors
        key={group.guid}
        group={group}
        groupRuns={runs}
        daemonStates={daemonStates}
      />
      <StoredElementJson kind="group" guid={group.guid} />
      <ElementAudit
        platformId={scope.platform.id}
        kind="group"
        names={[group.guid, group.qualifiedName]}
      />
    </div>
  );
}

/** Links to the definition screens for this group. */
function GroupActions({
  platformId,
  qualifiedName,
  daemons,
}: {
  platformId: string;
  qualifiedName: string;
  /** The daemons running the group: each has a drift view of it. */
  daemons: string[];
}) {
  const canEdit = useRole().allows('editor');
  return (
    <nav aria-label="Group actions" className="mt-2">
      <LinkList
        links={[
          { label: 'Graph', to: groupGraphPath(platformId, qualifiedName) },
          ...daemons.map((daemon) => ({
            label: daemons.length > 1 ? `Drift in ${daemon}` : 'Drift',
            to: driftPath(platformId, daemon, qualifiedName),
          })),
          { label: 'Export', to: bundleExportPath(platformId, { groups: [qualifiedName] }) },
          ...(canEdit
            ? [
                { label: 'Edit group', to: definitionPaths.editGroup(platformId, qualifiedName) },
                {
                  label: 'Register connector',
                  to: definitionPaths.registerConnector(platformId, qualifiedName),
                },
                {
                  label: 'New connector',
                  to: definitionPaths.newConnector(platformId, qualifiedName),
                },
                {
                  label: 'Delete group',
                  to: definitionPaths.deleteGroup(platformId, qualifiedName),
                },
              ]
            : []),
        ]}
      />
    </nav>
  );
}

type RefreshState = { state: 'running' } | { state: 'done' } | { state: 'failed'; error: unknown };

/**
 * Refresh-config of this group on each daemon that runs it (operators): the daemon reads the
 * group's definition again. Its answer is shown here, beside the button, and as a toast.
 */
function RefreshConfiguration({ groupName, daemons }: { groupName: string; daemons: string[] }) {
  const scope = usePlatform();
  const queryClient = useQueryClient();
  const canOperate = useRole().allows('operator');
  const [confirming, setConfirming] = useState<string | undefined>();
  const [results, setResults] = useState<ReadonlyMap<string, RefreshState>>(() => new Map());
  if (!canOperate || daemons.length === 0) return null;

  const refresh = async (daemon: string) => {
    setResults((current) => new Map(current).set(daemon, { state: 'running' }));
    try {
      await refreshGroupConfig(scope, queryClient, daemon, groupName);
      setResults((current) => new Map(current).set(daemon, { state: 'done' }));
    } catch (error) {
      setResults((current) => new Map(current).set(daemon, { state: 'failed', error }));
    }
  };

  return (
    <div className="mt-2 space-y-2">
      <ul className="flex flex-wrap gap-2">
        {daemons.map((daemon) => {
          const result = results.get(daemon);
          return (
            <li key={daemon} className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                onClick={() => setConfirming(daemon)}
                disabled={result?.state === 'running'}
              >
                {daemons.length > 1
                  ? `Refresh configuration in ${daemon}`
                  : 'Refresh configuration'}
              </Button>
              <span role="status" className="text-sm">
                {result?.state === 'running'
                  ? `Asking ${daemon}…`
                  : result?.state === 'done'
                    ? `${daemon} is reloading the group’s configuration.`
                    : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {[...results].map(([daemon, result]) =>
        result.state === 'failed' ? (
          <ErrorPanel
            key={daemon}
            title={`${daemon} did not refresh the configuration of ${groupName}`}
            error={result.error}
          />
        ) : null,
      )}
      {confirming ? (
        <ConfirmDialog
          title={`Refresh the configuration of ${groupName}?`}
          confirmLabel="Refresh configuration"
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            setConfirming(undefined);
            void refresh(confirming);
          }}
        >
          <p>
            {confirming} reads the group’s definition again: connectors added to the group start,
            removed ones stop, and changed ones restart.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
