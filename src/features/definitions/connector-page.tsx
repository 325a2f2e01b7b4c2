import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { LinkList, textLinkClass } from '../../components/link-list';
import { Button } from '../../components/button';
import { GuidDetail } from '../../components/copy-button';
import { FilterSelect } from '../../components/filter-select';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import type { Connection, IntegrationConnector } from '../../egeria/model';
import { formatDateTime, shortClassName } from '../../lib/format';
import { connectorPath, definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { ElementAudit } from '../audit/element-audit';
import { usePlatform } from '../platforms/platform-context';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';
import { ConnectorTargets } from '../targets/connector-targets';
import type { ElementLoaderData } from './definition-loaders';
import {
  allConnectorsQueryOptions,
  allGroupsListQueryOptions,
  connectorGroupsQueryOptions,
  connectorQueryOptions,
} from './definition-queries';
import { sharedWithOtherConnectors, someNames } from './impact';
import { StoredElementJson } from './stored-element-json';
import { LongText } from '../../components/long-text';
import { ElementNotFound, PageHeader } from '../../components/page-header';

/** What an editor can do with each of the connector's registrations, by link. */
const REGISTRATION_ACTIONS = [
  {
    text: 'Edit registration',
    label: 'Edit the registration in',
    path: definitionPaths.editRegistration,
  },
  { text: 'Unregister', label: 'Unregister from', path: definitionPaths.unregister },
];

/** /p/:platformId/connectors/{qualifiedName}: a connector, its connection and its groups. */
export function ConnectorPage() {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as ElementLoaderData;
  const { data: connector } = useSuspenseQuery(connectorQueryOptions(scope, qualifiedName));
  if (!connector)
    return (
      <ElementNotFound
        what="Integration connector"
        qualifiedName={qualifiedName}
        back={{ label: 'Back to the integration groups', to: groupsPath(scope.platform.id) }}
      />
    );
  return <ConnectorView connector={connector} />;
}

const dtClass = 'font-medium text-slate-600';
const linkClass = textLinkClass;

function ConnectorView({ connector }: { connector: IntegrationConnector }) {
  const scope = usePlatform();
  const { platform } = scope;
  const name = connector.name ?? connector.qualifiedName;
  const groups = useQuery(connectorGroupsQueryOptions(scope, connector.guid));
  const additional = Object.entries(connector.additionalProperties);
  const groupsTitleId = useId();
  const connectionTitleId = useId();
  const canEdit = useRole().allows('editor');

  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader
        crumbs={[{ label: 'Integration groups', to: groupsPath(platform.id) }, { label: name }]}
        title={name}
        documentTitle={`${name} · ${platform.label}`}
      >
        <RoleNotice needs="editor" doing="Changing or deleting this connector" className="mt-2" />
        <nav aria-label="Connector actions" className="mt-2" hidden={!canEdit}>
          <LinkList
            links={[
              {
                label: 'Edit connector',
                to: definitionPaths.editConnector(platform.id, connector.qualifiedName),
              },
              {
                label: 'Delete connector',
                to: definitionPaths.deleteConnector(platform.id, connector.qualifiedName),
              },
            ]}
          />
        </nav>
      </PageHeader>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className={dtClass}>Qualified name</dt>
        <dd className="[overflow-wrap:anywhere]">
          <code>{connector.qualifiedName}</code>
        </dd>
        <dt className={dtClass}>Name</dt>
        <dd className="[overflow-wrap:anywhere]">{connector.name ?? '—'}</dd>
        <dt className={dtClass}>Description</dt>
        <dd>
          <LongText value={connector.description ?? ''} />
        </dd>
        <dt className={dtClass}>Version</dt>
        <dd>{connector.versionIdentifier ?? '—'}</dd>
        <dt className={dtClass}>Uses blocking calls</dt>
        <dd>{connector.usesBlockingCalls ? 'Yes' : 'No'}</dd>
        <dt className={dtClass}>Additional properties</dt>
        <dd>{additional.length === 0 ? 'None' : <PropertyList entries={additional} />}</dd>
        <dt className={dtClass}>GUID</dt>
        <GuidDetail guid={connector.guid} />
        <dt className={dtClass}>Last changed</dt>
        <dd>
          {formatDateTime(connector.meta.updateTime ?? connector.meta.createTime) || '—'}
          {(connector.meta.updatedBy ?? connector.meta.createdBy)
            ? ` by ${connector.meta.updatedBy ?? connector.meta.createdBy}`
            : ''}
          {connector.meta.version !== undefined ? ` (version ${connector.meta.version})` : ''}
        </dd>
      </dl>

      <section aria-labelledby={groupsTitleId} className="space-y-2">
        <h2 id={groupsTitleId} className="text-lg font-semibold">
          Registered in
        </h2>
        {groups.isPending ? (
          <Loading label="Reading the groups that register this connector…" />
        ) : groups.isError ? (
          <QueryErrorPanel
            title="Could not read the groups that register this connector"
            read={groups}
          />
        ) : groups.data.length === 0 ? (
          <p className="text-sm text-slate-700">
            No group registers this connector, so no daemon runs it.
          </p>
        ) : (
          <ul className="space-y-1 text-sm">
            {groups.data.map((group) => (
              <li key={group.guid} className="flex flex-wrap items-center gap-3">
                <Link
                  to={groupPath(platform.id, group.qualifiedName)}
                  className={`${linkClass} font-medium`}
                >
                  {group.displayName ?? group.qualifiedName}
                </Link>
                {canEdit
                  ? REGISTRATION_ACTIONS.map((action) => (
                      <Link
                        key={action.text}
                        to={action.path(platform.id, group.qualifiedName, connector.qualifiedName)}
                        className={`${linkClass} text-xs`}
                        aria-label={`${action.label} ${group.qualifiedName}`}
                      >
                        {action.text}
                      </Link>
                    ))
                  : null}
              </li>
            ))}
          </ul>
        )}
        {canEdit ? (
          <RegisterInGroup
            connector={connector}
            registeredGuids={(groups.data ?? []).map((g) => g.guid)}
          />
        ) : null}
      </section>

      <ConnectorTargets connector={connector} />

      <section aria-labelledby={connectionTitleId} className="space-y-3">
        <h2 id={connectionTitleId} className="text-lg font-semibold">
          Connection
        </h2>
        {connector.connection ? (
          <ConnectionDetails connection={connector.connection} />
        ) : (
          <p className="text-sm text-slate-700">This connector has no connection.</p>
        )}
        <SharedParts connector={connector} />
      </section>

      <StoredElementJson kind="connector" guid={connector.guid} />

      <ElementAudit
        platformId={platform.id}
        kind="connector"
        names={[connector.guid, connector.qualifiedName, connector.name]}
      />
    </div>
  );
}

/**
 * What the connection shares with other connectors (its connector type, its endpoint). Finding it
 * reads every connector of the platform, megabytes on a large one, so it is read when asked for;
 * it shows at once when another screen has read them already.
 */
function SharedParts({ connector }: { connector: IntegrationConnector }) {
  const scope = usePlatform();
  const [asked, setAsked] = useState(false);
  const all = useQuery({ ...allConnectorsQueryOptions(scope), enabled: asked });
  if (!connector.connection) return null;
  if (!all.data) {
    if (all.isError) return <QueryErrorPanel title="Could not read the connectors" read={all} />;
    if (asked) return <Loading label="Reading every connector…" />;
    return (
      <Button size="sm" onClick={() => setAsked(true)}>
        Find connectors that share its type or endpoint
      </Button>
    );
  }
  const shared = sharedWithOtherConnectors(connector.connection, connector.guid, all.data);
  if (shared.length === 0)
    return <p className="text-sm text-slate-700">No other connector shares them.</p>;
  const { platform } = scope;
  return (
    <ul className="space-y-2 text-sm">
      {shared.map((use) => (
        <li
          key={`${use.kind}:${use.label}`}
          className="rounded-md border border-slate-200 bg-white p-3"
        >
          <p className="font-medium [overflow-wrap:anywhere]">
            {use.kind === 'endpoint' ? 'Endpoint' : 'Connector type'} {use.label} is shared with{' '}
            {use.connectors.length} other connector
            {use.connectors.length === 1 ? '' : 's'}
          </p>
          <ul className="mt-1 list-disc pl-5 [overflow-wrap:anywhere]">
            {someNames(use.connectors).map((qn) => (
              <li key={qn}>
                {qn.startsWith('and ') ? (
                  qn
                ) : (
                  <Link to={connectorPath(platform.id, qn)} className={linkClass}>
                    {qn}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function PropertyList({ entries }: { entries: Array<[string, unknown]> }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-xs text-slate-600">{key}</dt>
          <dd className="[overflow-wrap:anywhere]">
            <LongText
              value={typeof value === 'string' ? value : JSON.stringify(value)}
              empty="(empty)"
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ConnectionDetails({ connection }: { connection: Connection }) {
  const type = connection.connectorType;
  const config = Object.entries(connection.configurationProperties);
  const { secrets } = connection;
  const setOrNot = (set: boolean) => (
    <span className={set ? 'font-medium text-green-800' : 'text-slate-600'}>
      {set ? 'set' : 'not set'}
    </span>
  );
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className={dtClass}>Kind</dt>
        <dd>{connection.kind === 'VirtualConnection' ? 'Virtual connection' : 'Connection'}</dd>
        <dt className={dtClass}>Qualified name</dt>
        <dd className="[overflow-wrap:anywhere]">{connection.qualifiedName ?? '—'}</dd>
        <dt className={dtClass}>Connector type</dt>
        <dd className="[overflow-wrap:anywhere]">
          {type ? (
            <span title={type.connectorProviderClassName}>
              {type.displayName ?? shortClassName(type.connectorProviderClassName)}{' '}
              <code className="text-xs">{type.connectorProviderClassName}</code>
            </span>
          ) : (
            '—'
          )}
        </dd>
        <dt className={dtClass}>Endpoint</dt>
        <dd className="[overflow-wrap:anywhere]">
          {connection.endpoint?.address ?? '—'}
          {connection.endpoint?.protocol ? ` (${connection.endpoint.protocol})` : ''}
        </dd>
        <dt className={dtClass}>User id</dt>
        <dd className="[overflow-wrap:anywhere]">{connection.userId ?? '—'}</dd>
        <dt className={dtClass}>Configuration properties</dt>
        <dd>{config.length === 0 ? 'None' : <PropertyList entries={config} />}</dd>
        <dt className={dtClass}>Clear password</dt>
        <dd>{setOrNot(secrets.clearPassword)}</dd>
        <dt className={dtClass}>Encrypted password</dt>
        <dd>{setOrNot(secrets.encryptedPassword)}</dd>
        <dt className={dtClass}>Secured properties</dt>
        <dd>
          {setOrNot(secrets.securedPropertyNames.length > 0)}
          {secrets.securedPropertyNames.length > 0
            ? `: ${secrets.securedPropertyNames.join(', ')}`
            : ''}
        </dd>
      </dl>
      {connection.embeddedConnections.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-base font-semibold">Embedded connections</h3>
          <ol className="space-y-3">
            {connection.embeddedConnections.map((embedded, index) => (
              <li
                key={`${embedded.position}:${embedded.connection.guid ?? index}`}
                className="space-y-1"
              >
                <p className="text-sm font-medium [overflow-wrap:anywhere]">
                  {index + 1}.{' '}
                  {embedded.displayName ?? embedded.connection.displayName ?? 'Unnamed'}
                </p>
                <ConnectionDetails connection={embedded.connection} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

/** Registering the connector in another group starts from the group: pick it, then go there. */
function RegisterInGroup({
  connector,
  registeredGuids,
}: {
  connector: IntegrationConnector;
  registeredGuids: string[];
}) {
  const scope = usePlatform();
  const navigate = useNavigate();
  const groups = useQuery(allGroupsListQueryOptions(scope));
  const [choice, setChoice] = useState('');
  const available = (groups.data ?? []).filter((g) => !registeredGuids.includes(g.guid));
  const options = [
    { value: '', label: 'Choose a group…' },
    ...available.map((g) => ({ value: g.qualifiedName, label: g.qualifiedName })),
  ];
  if (groups.isPending) return null;
  if (groups.isError) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2 pt-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice)
          void navigate(
            definitionPaths.registerConnector(scope.platform.id, choice, connector.qualifiedName),
          );
      }}
    >
      <FilterSelect
        label="Register in another group"
        value={choice}
        onChange={setChoice}
        options={options}
        className="max-w-md"
      />
      <Button type="submit" disabled={!choice}>
        Continue
      </Button>
    </form>
  );
}
