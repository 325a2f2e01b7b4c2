import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { DateTime, RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import type { CatalogTarget, Connection, Registration } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { groupGraphPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import {
  KIND_LABEL,
  type EdgeKind,
  type GraphEdge,
  type GraphModel,
  type GraphNode,
} from './graph-model';
import { connectorGroupsQueryOptions } from '../definitions/definition-queries';
import { ConnectorActions } from './graph-inspector-actions';
import { useLinkActions } from './graph-linking';
import { NOT_REPORTED, NOT_RUNNING } from './graph-status';
import { useGraphStore, useStatusVersion, type Selection } from './graph-store';

const EDGE_LABEL: Record<EdgeKind, string> = {
  registration: 'Registration (RegisteredIntegrationConnector)',
  connection: 'Connection of the connector',
  connectorType: 'Connector type of the connection',
  endpoint: 'Endpoint of the connection',
  embedded: 'Embedded connection',
  catalogTarget: 'Catalog target',
};
/** Relationships listed per node before "and N more". */
const MAX_RELATIONSHIPS = 30;

type Row = [string, ReactNode];

function Properties({ rows }: { rows: Row[] }) {
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
      {rows.map(([name, value]) => (
        <Fragment key={name}>
          <dt className="font-medium text-slate-600">{name}</dt>
          <dd className="[overflow-wrap:anywhere]">{value ?? '—'}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Json({ value, label }: { value: Record<string, unknown>; label: string }) {
  if (Object.keys(value).length === 0) return <>None</>;
  // It may scroll: focusable and named, so a keyboard can scroll it too.
  return (
    <pre
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={label}
      className="max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap [overflow-wrap:anywhere]"
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** A row of a map, shown as JSON in a region named like the row. */
const jsonRow = (label: string, value: Record<string, unknown>): Row => [
  label,
  <Json key={label} value={value} label={label} />,
];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const setOrNot = (value: boolean) => (value ? 'Set' : 'Not set');

function secretRows(connection: Connection): Row[] {
  const { secrets } = connection;
  return [
    ['Clear password', setOrNot(secrets.clearPassword)],
    ['Encrypted password', setOrNot(secrets.encryptedPassword)],
    [
      'Secured properties',
      secrets.securedPropertyNames.length === 0 ? (
        'None'
      ) : (
        <ul>
          {secrets.securedPropertyNames.map((name) => (
            <li key={name}>
              <code>{name}</code>: set
            </li>
          ))}
        </ul>
      ),
    ],
  ];
}

function registrationRows(registration: Registration): Row[] {
  return [
    ['Connector name', registration.connectorName],
    ['Connector user id', registration.connectorUserId],
    ['Metadata source', registration.metadataSourceQualifiedName],
    ['Start date', <DateTime key="start" value={registration.startDate} />],
    ['Stop date', <DateTime key="stop" value={registration.stopDate} />],
    [
      'Refresh interval',
      registration.refreshTimeInterval === 0
        ? '0 (only on start and on request)'
        : `${registration.refreshTimeInterval} min`,
    ],
    ['Permitted synchronization', registration.permittedSynchronization],
    ['Generates integration reports', yesNo(registration.generateIntegrationReports)],
    ['Relationship GUID', registration.relationshipGuid],
  ];
}

function catalogTargetRows(target: CatalogTarget): Row[] {
  return [
    ['Catalog target name', target.catalogTargetName],
    ['Metadata source', target.metadataSourceQualifiedName],
    ['Connection name', target.connectionName],
    jsonRow('Configuration properties', target.configurationProperties),
    jsonRow('Templates', target.templates),
    ['Permitted synchronization', target.permittedSynchronization],
    ['Delete method', target.deleteMethod],
    ['Last changed', <RelativeTime key="u" value={target.updateTime} />],
    ['Relationship GUID', target.relationshipGuid],
  ];
}

/** The names most elements carry, in the order every section lists them. */
function nameRows(element: {
  qualifiedName?: string;
  displayName?: string;
  description?: string;
}): Row[] {
  return [
    ['Qualified name', element.qualifiedName],
    ['Display name', element.displayName],
    ['Description', element.description],
  ];
}

function nodeRows(node: GraphNode): Row[] {
  switch (node.kind) {
    case 'group': {
      const g = node.group;
      if (!g)
        return [
          ['Qualified name', node.qualifiedName],
          ['Definition', node.detail],
        ];
      return [
        ...nameRows(g),
        ['Version', g.version],
        ['GUID', g.guid],
        jsonRow('Additional properties', g.additionalProperties),
      ];
    }
    case 'connector': {
      const c = node.connector;
      return [
        ['Qualified name', c.qualifiedName],
        ['Name', c.name],
        ['Description', c.description],
        ['Version', c.versionIdentifier],
        ['Uses blocking calls', yesNo(c.usesBlockingCalls)],
        ['GUID', c.guid],
        jsonRow('Additional properties', c.additionalProperties),
      ];
    }
    case 'connection': {
      const c = node.connection;
      return [
        ['Kind', c.kind === 'VirtualConnection' ? 'Virtual connection' : 'Connection'],
        ...nameRows(c),
        ['User id', c.userId],
        ...secretRows(c),
        jsonRow('Configuration properties', c.configurationProperties),
        jsonRow('Additional properties', c.additionalProperties),
        ['GUID', c.guid],
      ];
    }
    case 'connectorType': {
      const t = node.connectorType;
      const list = (values: string[]) => (values.length ? values.join(', ') : 'None');
      return [
        ...nameRows(t),
        ['Provider class', t.connectorProviderClassName],
        ['Supported asset type', t.supportedAssetTypeName],
        ['Deployed implementation type', t.supportedDeployedImplementationType],
        ['Framework', t.connectorFrameworkName],
        ['Language', t.connectorInterfaceLanguage],
        ['Target technology', t.targetTechnologyName],
        ['Configuration properties', list(t.recognizedConfigurationProperties)],
        ['Secured properties', list(t.recognizedSecuredProperties)],
        ['Additional properties', list(t.recognizedAdditionalProperties)],
        ['GUID', t.guid],
      ];
    }
    case 'endpoint': {
      const e = node.endpoint;
      return [
        ['Address', e.address],
        ['Protocol', e.protocol],
        ['Encryption', e.encryptionMethod],
        ...nameRows(e),
        ['GUID', e.guid],
      ];
    }
    case 'target':
      return [
        ['Qualified name', node.element?.qualifiedName],
        ['Type', node.element?.typeName],
        ['Status', node.element?.status],
        ['GUID', node.element?.guid],
      ];
  }
}

/** The connector's status in every daemon that runs one of its groups, failures in full. */
function LiveStatusSection({ node }: { node: GraphNode }) {
  const store = useGraphStore();
  useStatusVersion();
  const live = store.live(node.id);
  if (node.kind === 'group') {
    if (live.groupRuns.length === 0)
      return (
        <p>{live.status === undefined ? 'Checking the daemons…' : 'No daemon runs this group.'}</p>
      );
    return (
      <ul className="space-y-1">
        {live.groupRuns.map(({ daemon, summary }) => (
          <li key={daemon}>
            {daemon}: <StatusBadge status={summary.status} detail={`group status in ${daemon}`} />
          </li>
        ))}
      </ul>
    );
  }
  if (live.runs.length === 0) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge
          status={live.status}
          label={live.status === undefined ? 'Checking…' : undefined}
        />
        {live.status === NOT_RUNNING
          ? 'No daemon runs a group that registers this connector.'
          : live.status === NOT_REPORTED
            ? 'A daemon runs its group but does not report this connector.'
            : null}
      </p>
    );
  }
  // One Refresh and Restart per daemon (a connector in two of its groups is one connector there).
  const daemons = new Map<string, string>();
  for (const run of live.runs)
    if (!daemons.has(run.daemon)) daemons.set(run.daemon, run.report.connectorName);
  return (
    <ul className="space-y-3">
      {[...daemons].map(([daemon, connectorName]) => (
        <li key={`actions\u0000${daemon}`}>
          <ConnectorActions daemon={daemon} connectorName={connectorName} />
        </li>
      ))}
      {live.runs.map(({ daemon, groupName, report }) => (
        <li key={`${daemon}\u0000${groupName}`}>
          <Properties
            rows={[
              ['Status', <StatusBadge key="s" status={report.status} detail={`in ${daemon}`} />],
              ['Daemon', daemon],
              ['Group', groupName],
              ...(report.failingExceptionMessage
                ? ([
                    [
                      'Failure',
                      <span key="f" className="whitespace-pre-wrap text-red-900">
                        {report.failingExceptionMessage}
                      </span>,
                    ],
                  ] as Row[])
                : []),
              ['Status changed', <RelativeTime key="c" value={report.lastStatusChange} />],
              ['Last refresh', <RelativeTime key="r" value={report.lastRefreshTime} />],
              [
                'Statistics',
                <Json key="t" value={report.statistics} label={`Statistics in ${daemon}`} />,
              ],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

/** Every group registering the connector, this graph's or not, each linked to its graph. */
function ConnectorGroups({ connectorGuid }: { connectorGuid: string }) {
  const scope = usePlatform();
  const groups = useQuery(connectorGroupsQueryOptions(scope, connectorGuid));
  if (groups.isPending) return <Loading label="Finding the groups that register it…" />;
  if (groups.isError)
    return (
      <ErrorPanel
        title="Could not find the groups that register this connector"
        error={groups.error}
        onRetry={() => void groups.refetch()}
        retrying={groups.isFetching}
        headingLevel="h3"
      />
    );
  return (
    <ul className="space-y-1">
      {groups.data.map((group) => (
        <li key={group.guid}>
          <Link
            to={groupGraphPath(scope.platform.id, group.qualifiedName)}
            className="text-sky-800 underline [overflow-wrap:anywhere]"
          >
            {group.displayName ?? group.qualifiedName}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </section>
  );
}

export interface InspectorDetailsProps {
  model: GraphModel;
  edgesByNode: Map<string, GraphEdge[]>;
  /** A URL that opens this graph focused on the named node. */
  linkTo: (name: string) => string;
  onSelect: (selection: Selection) => void;
  selection: Selection;
}

/**
 * Everything about the selected node or edge. Its own chunk, fetched once the graph is drawn:
 * the first paint of the graph does not wait for it.
 */
export default function InspectorDetails({
  model,
  edgesByNode,
  linkTo,
  onSelect,
  selection,
}: InspectorDetailsProps) {
  const link = useLinkActions();
  const node = selection?.type === 'node' ? model.nodes.get(selection.id) : undefined;
  const edge =
    selection?.type === 'edge' ? model.edges.find((e) => e.id === selection.id) : undefined;
  const nodeButton = (id: string) => (
    <button
      type="button"
      className="text-left text-sky-800 underline [overflow-wrap:anywhere]"
      onClick={() => onSelect({ type: 'node', id })}
    >
      {model.nodes.get(id)?.label ?? id}
    </button>
  );

  let body: ReactNode = <p>The selected element is no longer in the graph.</p>;
  let title = 'Inspector';
  if (node) {
    title = node.label;
    const edges = edgesByNode.get(node.id) ?? [];
    const name = model.connectorNames.get(node.id)?.[0] ?? node.names[0];
    body = (
      <>
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {node.kind === 'connection' && node.detail ? node.detail : KIND_LABEL[node.kind]}
        </p>
        {node.kind === 'connector' || node.kind === 'group' ? (
          <Section title="Live status">
            <LiveStatusSection node={node} />
          </Section>
        ) : null}
        <Section title="Properties">
          <Properties rows={nodeRows(node)} />
          {name ? (
            <Link to={linkTo(name)} className="text-sky-800 underline">
              Link to this node
            </Link>
          ) : null}
        </Section>
        {node.kind === 'connector' && link ? (
          <Section title="Catalog targets">
            <p>
              {formatCount(
                edges.filter((e) => e.kind === 'catalogTarget').length,
                'catalog target',
              )}
              .
            </p>
            <Button size="sm" onClick={() => link.chooseElementFor(node.id)}>
              Link a catalog target…
            </Button>
          </Section>
        ) : null}
        {node.kind === 'connector' ? (
          <Section title="Registered in">
            <ConnectorGroups connectorGuid={node.connector.guid} />
          </Section>
        ) : null}
        {node.kind === 'connector'
          ? node.registrations.map(({ groupId, groupName, registration }) => (
              <Section key={groupId} title={`Registration in ${groupName}`}>
                <Properties rows={registrationRows(registration)} />
              </Section>
            ))
          : null}
        <Section title={`Relationships (${edges.length.toLocaleString()})`}>
          <ul className="space-y-1">
            {edges.slice(0, MAX_RELATIONSHIPS).map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="text-left text-sky-800 underline"
                  onClick={() => onSelect({ type: 'edge', id: e.id })}
                >
                  {EDGE_LABEL[e.kind]}
                  {e.kind === 'registration' || e.kind === 'catalogTarget' || e.kind === 'embedded'
                    ? ` “${e.label}”`
                    : ''}
                </button>
                {e.source === node.id ? ' to ' : ' from '}
                {nodeButton(e.source === node.id ? e.target : e.source)}
              </li>
            ))}
          </ul>
          {edges.length > MAX_RELATIONSHIPS ? (
            <p>and {formatCount(edges.length - MAX_RELATIONSHIPS, 'more relationship')}</p>
          ) : null}
        </Section>
      </>
    );
  } else if (edge) {
    title = EDGE_LABEL[edge.kind];
    const rows: Row[] = [
      ['From', nodeButton(edge.source)],
      ['To', nodeButton(edge.target)],
    ];
    if (edge.registration) rows.push(...registrationRows(edge.registration));
    if (edge.catalogTarget) rows.push(...catalogTargetRows(edge.catalogTarget));
    if (edge.embedded)
      rows.push(
        ['Position', String(edge.embedded.position)],
        ['Display name', edge.embedded.displayName],
        ['Arguments', <Json key="a" value={edge.embedded.arguments} label="Arguments" />],
      );
    body = (
      <>
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Relationship</p>
        <Properties rows={rows} />
        {edge.kind === 'catalogTarget' && link ? (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => link.editTarget(edge.id)}>
              Edit catalog target…
            </Button>
            <Button size="sm" variant="danger" onClick={() => link.removeTarget(edge.id)}>
              Remove catalog target…
            </Button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <>
      <h2 className="text-base font-semibold [overflow-wrap:anywhere]">{title}</h2>
      {body}
    </>
  );
}
