import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { IntegrationGroup } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { useDaemonRuns } from './daemon-runs';
import { useRouteElement } from './route-element';
import { groupQueryOptions, groupRegistrationsQueryOptions } from './definition-queries';
import { takenAlongItem, type ImpactItem } from './impact';
import { DeletePage, GroupNotFound, useDeleteElement } from './definition-shell';

/** /p/:platformId/delete-group/{qualifiedName}: what the delete takes with it, then the delete. */
export function DeleteGroupPage() {
  const { qualifiedName, element: group } = useRouteElement(groupQueryOptions);
  if (!group) return <GroupNotFound qualifiedName={qualifiedName} />;
  return <DeleteGroup key={group.guid} group={group} />;
}

function DeleteGroup({ group: loaded }: { group: IntegrationGroup }) {
  const scope = usePlatform();
  const { platform } = scope;
  const navigate = useNavigate();
  const [group] = useState(loaded);
  const remove = useDeleteElement();
  // Once deleted, the group is not read again while the page waits for the list to load.
  const registrations = useQuery({
    ...groupRegistrationsQueryOptions(scope, group.guid),
    enabled: !remove.isSuccess,
  });
  const runs = useDaemonRuns(scope);
  const name = group.displayName ?? group.qualifiedName;

  const impact: ImpactItem[] = [];
  const registered = registrations.data ?? [];
  impact.push(
    takenAlongItem(
      'registrations',
      registered.map((r) => `${r.connectorName} (${r.connector.qualifiedName})`),
      {
        none: 'No connectors are registered in this group',
        some: `${formatCount(registered.length, 'registration')} removed with the group`,
      },
      'The connectors themselves, their connections and catalog targets stay in Egeria, registered in any other groups as before.',
    ),
  );
  const daemons = runs.byGroup.get(group.qualifiedName) ?? [];
  if (daemons.length > 0)
    impact.push({
      key: 'daemons',
      title: `Run by ${formatCount(daemons.length, 'daemon')}`,
      note: 'Their configuration still names this group; once it is deleted they can no longer load its definition, and its connectors stop when the daemons next refresh or restart.',
      names: daemons,
      tone: 'warning',
    });

  return (
    <DeletePage
      what="group"
      element={group}
      name={name}
      to={groupPath(platform.id, group.qualifiedName)}
      readError={
        registrations.isError
          ? {
              title: "Could not read the group's registrations",
              error: registrations.error,
              onRetry: () => void registrations.refetch(),
            }
          : undefined
      }
      impact={impact}
      impactPending={registrations.isPending || runs.pending}
      remove={remove}
      onDone={() => void navigate(groupsPath(platform.id))}
    />
  );
}
