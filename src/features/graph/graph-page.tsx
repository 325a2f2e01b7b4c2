/**
 * The graph screens (one lazy route module): one group's graph, and every group of one daemon.
 */
import { useQueries, useQuery, useSuspenseQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLoaderData } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { CanvasSkeleton } from '../../components/skeleton';
import { Loading } from '../../components/spinner';
import type { IntegrationGroup } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { daemonGraphPath, groupGraphPath, groupPath, groupsPath } from '../../lib/paths';
import { groupByNameQueryOptions } from '../groups/group-queries';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { useGroupRegistrations, useStableIds, type RegistrationsState } from './graph-data';
import type { DaemonGraphLoaderData, GroupGraphLoaderData } from './graph-loaders';
import type { GroupGraphInput } from './graph-model';
import { GraphScreen } from './graph-screen';

function Header({ crumbs, title }: { crumbs: ReactNode[]; title: string }) {
  const scope = usePlatform();
  return (
    <div>
      <title>{`${title} · ${scope.platform.label} · Egeria Integration Console`}</title>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-2 text-slate-600">
          <li>
            <Link to={groupsPath(scope.platform.id)} className="text-sky-800 underline">
              Integration groups
            </Link>
          </li>
          {crumbs.map((crumb, i) => (
            <li key={i} className="flex gap-2 [overflow-wrap:anywhere]">
              <span aria-hidden="true">/</span>
              {crumb}
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="mt-1 text-2xl font-semibold break-words">{title}</h1>
    </div>
  );
}

/** While registrations load, or when they could not. */
function RegistrationsNotice({ states }: { states: RegistrationsState[] }) {
  const failed = states.find((state) => state.error);
  if (failed)
    return (
      <ErrorPanel
        title="Could not load every registered connector; the graph waits for them"
        error={failed.error}
        onRetry={failed.retry}
      />
    );
  const loaded = states.reduce((sum, state) => sum + state.registrations.length, 0);
  return (
    <CanvasSkeleton
      label={`Loading registered connectors… ${formatCount(loaded, 'connector')} so far`}
    />
  );
}

/** /p/:platformId/groups/<qualifiedName>/graph */
export function GroupGraphPage() {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as GroupGraphLoaderData;
  const { data: group } = useSuspenseQuery(groupByNameQueryOptions(scope, qualifiedName));
  if (!group) {
    return (
      <section className="max-w-2xl space-y-3">
        <Header crumbs={[]} title="Integration group not found" />
        <p>
          No integration group with the qualified name{' '}
          <code className="[overflow-wrap:anywhere]">{qualifiedName}</code> exists on metadata
          server <code>{scope.platform.metadataServer}</code> of {scope.platform.label}.
        </p>
      </section>
    );
  }
  return <GroupGraph key={group.guid} group={group} />;
}

function GroupGraph({ group }: { group: IntegrationGroup }) {
  const scope = usePlatform();
  const state = useGroupRegistrations(scope, group.guid);
  const groups = useMemo(
    () => [{ qualifiedName: group.qualifiedName, group, registrations: state.registrations }],
    [group, state.registrations],
  );
  const name = group.displayName ?? group.qualifiedName;
  const linkTo = useCallback(
    (focus: string) => groupGraphPath(scope.platform.id, group.qualifiedName, focus),
    [scope.platform.id, group.qualifiedName],
  );
  return (
    <div className="space-y-4">
      <Header
        title={`Graph of ${name}`}
        crumbs={[
          <Link
            key="group"
            to={groupPath(scope.platform.id, group.qualifiedName)}
            className="text-sky-800 underline"
          >
            {name}
          </Link>,
          <span key="graph" aria-current="page">
            Graph
          </span>,
        ]}
      />
      <DaemonLinks qualifiedName={group.qualifiedName} />
      {/* A large group is drawn from its first page on; later pages join it as they come. */}
      {state.complete || (state.registrations.length > 0 && !state.error) ? (
        <GraphScreen
          groups={groups}
          complete={state.complete}
          linkTo={linkTo}
          label={`Graph of integration group ${name}`}
        />
      ) : (
        <RegistrationsNotice states={[state]} />
      )}
    </div>
  );
}

/** Links to the all-groups graph of each daemon that runs this group. */
function DaemonLinks({ qualifiedName }: { qualifiedName: string }) {
  const scope = usePlatform();
  const daemons = useQueries({
    queries: scope.platform.daemons.map((daemon) => daemonStatusQueryOptions(scope, daemon)),
  });
  const running = scope.platform.daemons.filter((_, i) =>
    daemons[i]?.data?.groups.some((summary) => summary.name === qualifiedName),
  );
  if (running.length === 0) return null;
  return (
    <p className="text-sm">
      Run by{' '}
      {running.map((daemon, i) => (
        <span key={daemon}>
          {i > 0 ? ', ' : ''}
          <Link to={daemonGraphPath(scope.platform.id, daemon)} className="text-sky-800 underline">
            {daemon} (graph of all its groups)
          </Link>
        </span>
      ))}
    </p>
  );
}

/** /p/:platformId/daemons/:daemon/graph */
export function DaemonGraphPage() {
  const scope = usePlatform();
  const { daemon } = useLoaderData() as DaemonGraphLoaderData;
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const title = `Graph of every group in ${daemon}`;
  const names = useStableIds([
    ...new Set(status.data?.groups.map((summary) => summary.name) ?? []),
  ]);
  let body: ReactNode;
  if (status.isPending) body = <Loading label={`Asking ${daemon} which groups it runs…`} />;
  else if (!status.data)
    body = (
      <ErrorPanel
        title={`Could not read the status of ${daemon}`}
        error={status.error}
        onRetry={() => void status.refetch()}
        retrying={status.isFetching}
      />
    );
  else body = <DaemonGraph daemon={daemon} names={names} />;
  return (
    <div className="space-y-4">
      <Header
        title={title}
        crumbs={[
          <span key="daemon" aria-current="page">
            {daemon}
          </span>,
        ]}
      />
      {body}
    </div>
  );
}

function DaemonGraph({ daemon, names }: { daemon: string; names: string[] }) {
  const scope = usePlatform();
  const definitions = useQueries({
    queries: names.map((name) => groupByNameQueryOptions(scope, name)),
    combine: combineDefinitions,
  });
  const [states, setStates] = useState<ReadonlyMap<string, RegistrationsState>>(new Map());
  const onState = useCallback((guid: string, state: RegistrationsState) => {
    setStates((current) => new Map(current).set(guid, state));
  }, []);
  const found = definitions.groups.flatMap((group) => (group ? [group] : []));
  const complete = !definitions.pending && found.every((group) => states.get(group.guid)?.complete);
  const groups = useMemo<GroupGraphInput[]>(
    () =>
      names.map((name, i) => {
        const group = definitions.groups[i];
        return {
          qualifiedName: name,
          group,
          registrations: (group && states.get(group.guid)?.registrations) || [],
        };
      }),
    [names, states, definitions.groups],
  );
  const failedDefinition = definitions.failed;
  const linkTo = useCallback(
    (focus: string) => daemonGraphPath(scope.platform.id, daemon, focus),
    [scope.platform.id, daemon],
  );
  return (
    <>
      {found.map((group) => (
        <RegistrationsFeed key={group.guid} groupGuid={group.guid} onState={onState} />
      ))}
      {failedDefinition ? (
        <ErrorPanel
          title="Could not read every group this daemon runs"
          error={failedDefinition.error}
          onRetry={() => void failedDefinition.refetch()}
        />
      ) : null}
      {complete && !failedDefinition ? (
        <GraphScreen
          groups={groups}
          linkTo={linkTo}
          label={`Graph of the ${formatCount(names.length, 'group')} in ${daemon}`}
        />
      ) : failedDefinition ? null : (
        <RegistrationsNotice states={[...states.values()]} />
      )}
    </>
  );
}

function combineDefinitions(results: UseQueryResult<IntegrationGroup | null>[]) {
  return {
    groups: results.map((result) => result.data ?? undefined),
    pending: results.some((result) => result.isPending),
    failed: results.find((result) => result.isError),
  };
}

function RegistrationsFeed({
  groupGuid,
  onState,
}: {
  groupGuid: string;
  onState: (guid: string, state: RegistrationsState) => void;
}) {
  const scope = usePlatform();
  const state = useGroupRegistrations(scope, groupGuid);
  const { registrations, complete, error } = state;
  useEffect(() => {
    onState(groupGuid, state);
    // Only a change of data, not a new retry function, is news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groupGuid, onState, registrations, complete, error]);
  return null;
}
