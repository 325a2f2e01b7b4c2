import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLoaderData } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import type { IntegrationConnector, IntegrationGroup } from '../../egeria/model';
import { connectorPath, groupPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { useDaemonRuns } from './daemon-runs';
import type { ElementLoaderData } from './definition-loaders';
import { registrationMutation } from './definition-mutations';
import {
  connectorGroupsQueryOptions,
  connectorQueryOptions,
  groupQueryOptions,
  registrationQueryOptions,
} from './definition-queries';
import { otherGroupsItem, type ImpactItem } from './impact';
import {
  ConfirmPage,
  ConnectorNotFound,
  DonePage,
  elementCrumbs,
  GroupNotFound,
} from './definition-shell';
import { ElementNotFound } from '../../components/page-header';

/** /p/:platformId/unregister/{group}?connector=: confirm, then remove the registration. */
export function UnregisterPage() {
  const scope = usePlatform();
  const { qualifiedName, connectorQualifiedName } = useLoaderData() as ElementLoaderData;
  const { data: group } = useSuspenseQuery(groupQueryOptions(scope, qualifiedName));
  const { data: connector } = useSuspenseQuery(
    connectorQueryOptions(scope, connectorQualifiedName ?? ''),
  );
  if (!group) return <GroupNotFound qualifiedName={qualifiedName} />;
  if (!connector)
    return <ConnectorNotFound qualifiedName={connectorQualifiedName ?? ''} group={group} />;
  return <Unregister key={`${group.guid}:${connector.guid}`} group={group} connector={connector} />;
}

function Unregister({
  group,
  connector,
}: {
  group: IntegrationGroup;
  connector: IntegrationConnector;
}) {
  const scope = usePlatform();
  const { platform } = scope;
  const queryClient = useQueryClient();
  const registration = useQuery(registrationQueryOptions(scope, group.guid, connector.guid));
  const memberOf = useQuery(connectorGroupsQueryOptions(scope, connector.guid));
  const runs = useDaemonRuns(scope);
  const remove = useMutation(registrationMutation(scope, queryClient));
  const [done, setDone] = useState(false);
  const groupName = group.displayName ?? group.qualifiedName;
  const connectorName =
    registration.data?.connectorName ?? connector.name ?? connector.qualifiedName;
  const groupCrumb = {
    what: 'group' as const,
    label: groupName,
    to: groupPath(platform.id, group.qualifiedName),
  };

  if (done)
    return (
      <DonePage
        crumbs={elementCrumbs(platform.id, groupCrumb, 'Unregister')}
        title={`Unregistered ${connectorName}`}
        documentTitle="Unregistered"
        notice={
          <>
            Unregistered {connectorName} from {group.qualifiedName}.
          </>
        }
        refreshGroups={[group.qualifiedName]}
        links={[
          { label: `Go to ${groupName}`, to: groupPath(platform.id, group.qualifiedName) },
          { label: 'Go to the connector', to: connectorPath(platform.id, connector.qualifiedName) },
        ]}
      />
    );

  // While the removal finishes, the refreshed read already says "not registered".
  if (remove.isPending || remove.isSuccess) return <Loading label="Removing the registration…" />;
  if (registration.isPending) return <Loading label="Reading the registration…" />;
  if (registration.isError)
    return <ErrorPanel title="Could not read the registration" error={registration.error} />;
  if (!registration.data)
    return (
      <ElementNotFound
        what="Registration"
        qualifiedName={`${connector.qualifiedName} in ${group.qualifiedName}`}
        back={{
          label: `Back to ${group.qualifiedName}`,
          to: groupPath(platform.id, group.qualifiedName),
        }}
      />
    );

  const daemons = runs.byGroup.get(group.qualifiedName) ?? [];
  const impact: ImpactItem[] = [
    {
      key: 'daemons',
      title:
        daemons.length === 0
          ? `No daemon of this platform runs ${group.qualifiedName}`
          : `${daemons.join(', ')} stop${daemons.length === 1 ? 's' : ''} running ${connectorName} in this group`,
      note:
        daemons.length === 0
          ? undefined
          : 'Once their group configuration is refreshed; the console offers that next.',
      tone: daemons.length === 0 ? 'info' : 'warning',
    },
  ];
  const others = otherGroupsItem(memberOf.data ?? [], group.guid, 'Still registered');
  impact.push(
    others ?? {
      key: 'no-other-groups',
      title: 'No other group registers this connector',
      note: 'It stays in Egeria with its connection, but no daemon will run it.',
      tone: 'warning',
    },
  );

  return (
    <ConfirmPage
      element={groupCrumb}
      action="Unregister"
      heading={`Unregister ${connectorName}`}
      question={`Unregister ${connectorName} from ${group.qualifiedName}?`}
      warning="The connector itself is not deleted."
      request={{
        kind: 'unregisterConnector',
        groupGuid: group.guid,
        connectorGuid: connector.guid,
      }}
      impact={impact}
      impactPending={runs.pending || memberOf.isPending}
      confirmLabel="Unregister"
      errorTitle="Egeria did not remove the registration"
      mutation={remove}
      onDone={() => setDone(true)}
    />
  );
}
