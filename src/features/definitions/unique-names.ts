import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { PlatformScope } from '../platforms/platform-context';
import {
  allConnectorsQueryOptions,
  allGroupsListQueryOptions,
  findConnectorByQualifiedName,
} from './definition-queries';

/**
 * Groups and connectors share one namespace of qualified names. The names in use as far as the
 * console has read them (the form's own element left out), for the form's first check; Egeria is
 * asked again at review time (`useNameInUseCheck`).
 */
export function useTakenQualifiedNames(scope: PlatformScope, ownGuid: string | undefined) {
  const groups = useQuery(allGroupsListQueryOptions(scope));
  const connectors = useQuery(allConnectorsQueryOptions(scope));
  const taken = useMemo(
    () =>
      new Set(
        [...(groups.data ?? []), ...(connectors.data ?? [])]
          .filter((element) => element.guid !== ownGuid)
          .map((element) => element.qualifiedName),
      ),
    [groups.data, connectors.data, ownGuid],
  );
  return { taken, connectors };
}

/**
 * The check before the preview: is the qualified name the form holds used by another group or
 * connector in Egeria now? Puts the message on the field and answers false when it is.
 */
export function useNameInUseCheck<T extends FieldValues & { qualifiedName: string }>(
  { backend }: PlatformScope,
  form: UseFormReturn<T>,
  own: { guid: string; qualifiedName: string } | undefined,
) {
  return useCallback(
    async (values: T) => {
      if (values.qualifiedName === own?.qualifiedName) return true;
      const [group, connector] = await Promise.all([
        backend.findGroupByName(values.qualifiedName),
        findConnectorByQualifiedName(backend, values.qualifiedName),
      ]);
      const clash = [group, connector].find((element) => element && element.guid !== own?.guid);
      if (!clash) return true;
      form.setError(
        'qualifiedName' as Path<T>,
        {
          type: 'unique',
          message: `Another ${clash === group ? 'integration group' : 'integration connector'} already has this qualified name. Qualified names are unique in Egeria.`,
        },
        { shouldFocus: true },
      );
      return false;
    },
    [backend, own, form],
  );
}
