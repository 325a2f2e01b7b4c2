import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { IntegrationGroup } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { useDaemonRuns } from './daemon-runs';
import { useRouteElement } from './route-element';
import { deleteElementMutation } from './definition-mutations';
import { groupQueryOptions, groupRegistrationsQueryOptions } from './definition-queries';
import { someNames, type ImpactItem } from './impact';
import { ConfirmPage, GroupNotFound } from './definition-shell';

/** /p/:platformId/delete-group/{qualifiedName}: what the delete takes with it, then the delete. */
export function DeleteGroupPage() {
  const { qualifiedName, element: group } = useRouteElement(groupQueryOptions);
  if (!group) return <GroupNotFound qualifiedName={qualifiedName} />;
  return <DeleteGroup key={group.guid} group={group} />;
}

function DeleteGroup({ group: loaded }: { group: IntegrationGroup }) {
  const scope = usePlatform();
  const { platform } = scope;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [group] = useState(loaded);
  const remove = useMutation(deleteElementMutation(scope, queryClient));
  // Once deleted, the group is not read again while the page waits for the list to load.
  const registrations = useQuery({
    ...groupRegistrationsQueryOptions(scope, group.guid),
    enabled: !remove.isSuccess,
  });
  const runs = useDaemonRuns(scope);
  const name = group.displayName ?? group.qualifiedName;

  const impact: ImpactItem[] = [];
  const registered = registrations.data ?? [];
  impact.push({
    key: 'registrations',
    title:
      registered.length === 0
        ? 'No connectors are registered in this group'
        : `${formatCount(registered.length, 'registration')} removed with the group`,
    note:
      registered.length === 0
        ? undefined
        : 'The connectors themselves, their connections and catalog targets stay in Egeria, registered in any other groups as before.',
    names: someNames(registered.map((r) => `${r.connectorName} (${r.connector.qualifiedName})`)),
    tone: registered.length === 0 ? 'info' : 'warning',
  });
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
    <ConfirmPage
      element={{ what: 'group', label: name, to: groupPath(platform.id, group.qualifiedName) }}
      action="Delete"
      heading={`Delete ${name}`}
      question={`Delete the integration group ${group.qualifiedName}?`}
      warning="This cannot be undone from the console."
      readError={
        registrations.isError
          ? {
              title: "Could not read the group's registrations",
              error: registrations.error,
              onRetry: () => void registrations.refetch(),
            }
          : undefined
      }
      request={{ kind: 'deleteGroup', guid: group.guid, qualifiedName: group.qualifiedName }}
      impact={impact}
      impactPending={registrations.isPending || runs.pending}
      confirmLabel="Delete group"
      errorTitle="Egeria did not delete the group"
      mutation={remove}
      onDone={() => void navigate(groupsPath(platform.id))}
    />
  );
}
