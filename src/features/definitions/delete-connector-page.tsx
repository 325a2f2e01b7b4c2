import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IntegrationConnector, IntegrationGroup } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { connectorPath, groupPath, groupsPath } from '../../lib/paths';
import { catalogTargetCountQueryOptions } from '../groups/group-queries';
import { usePlatform } from '../platforms/platform-context';
import { useRouteElement } from './route-element';
import { connectorGroupsQueryOptions, connectorQueryOptions } from './definition-queries';
import { someNames, takenAlongItem, type ImpactItem } from './impact';
import { ConnectorNotFound, DeletePage, DonePage, useDeleteElement } from './definition-shell';

/** /p/:platformId/delete-connector/{qualifiedName} */
export function DeleteConnectorPage() {
  const { qualifiedName, element: connector } = useRouteElement(connectorQueryOptions);
  const [deleted, setDeleted] = useState<{ name: string; groups: IntegrationGroup[] }>();
  if (deleted) return <Deleted name={deleted.name} groups={deleted.groups} />;
  if (!connector) return <ConnectorNotFound qualifiedName={qualifiedName} />;
  return (
    <DeleteConnector
      key={connector.guid}
      connector={connector}
      onDeleted={(groups) => setDeleted({ name: connector.qualifiedName, groups })}
    />
  );
}

function DeleteConnector({
  connector: loaded,
  onDeleted,
}: {
  connector: IntegrationConnector;
  onDeleted: (groups: IntegrationGroup[]) => void;
}) {
  const scope = usePlatform();
  const [connector] = useState(loaded);
  const remove = useDeleteElement();
  // Once deleted, the connector is not read again (Egeria would only answer "not found").
  const enabled = !remove.isSuccess;
  const groups = useQuery({ ...connectorGroupsQueryOptions(scope, connector.guid), enabled });
  const targets = useQuery({ ...catalogTargetCountQueryOptions(scope, connector.guid), enabled });
  const name = connector.name ?? connector.qualifiedName;
  const embedded = connector.connection?.embeddedConnections ?? [];

  const impact: ImpactItem[] = [];
  const memberOf = groups.data ?? [];
  impact.push(
    takenAlongItem(
      'groups',
      memberOf.map((g) => g.qualifiedName),
      {
        none: 'No group registers this connector',
        some: `Unregistered from ${formatCount(memberOf.length, 'group')}`,
      },
      'Daemons running these groups stop running it once their group configuration is refreshed.',
    ),
  );
  if (targets.data !== undefined)
    impact.push({
      key: 'targets',
      title:
        targets.data === 0
          ? 'No catalog targets'
          : `${formatCount(targets.data, 'catalog target')} removed (the elements they point at stay)`,
      tone: targets.data === 0 ? 'info' : 'warning',
    });
  if (connector.connection)
    impact.push({
      key: 'connection',
      title: `Its connection${embedded.length > 0 ? ` and ${formatCount(embedded.length, 'embedded connection')}` : ''} deleted, unless another connector uses them`,
      note: 'Connector types and endpoints stay: other connections may share them.',
      names: someNames(
        [
          connector.connection.qualifiedName,
          ...embedded.map((e) => e.connection.qualifiedName),
        ].filter((n): n is string => !!n),
      ),
      tone: 'warning',
    });

  return (
    <DeletePage
      what="connector"
      element={connector}
      name={name}
      to={connectorPath(scope.platform.id, connector.qualifiedName)}
      readError={
        groups.isError
          ? { title: 'Could not read the groups that register it', error: groups.error }
          : undefined
      }
      impact={impact}
      impactPending={groups.isPending || targets.isPending}
      remove={remove}
      onDone={() => onDeleted(memberOf)}
    />
  );
}

function Deleted({ name, groups }: { name: string; groups: IntegrationGroup[] }) {
  const { platform } = usePlatform();
  return (
    <DonePage
      crumbs={[{ label: 'Integration groups', to: groupsPath(platform.id) }, { label: 'Deleted' }]}
      title="Connector deleted"
      documentTitle="Connector deleted"
      notice={<>Deleted {name} from Egeria.</>}
      refreshGroups={groups.map((g) => g.qualifiedName)}
      links={[
        ...groups.map((group) => ({
          label: `Go to ${group.displayName ?? group.qualifiedName}`,
          to: groupPath(platform.id, group.qualifiedName),
        })),
        { label: 'Go to the integration groups', to: groupsPath(platform.id) },
      ]}
    />
  );
}
