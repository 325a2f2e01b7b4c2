import {
  useSuspenseQuery,
  type QueryKey,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import { useState } from 'react';
import { useLoaderData } from 'react-router';
import { usePlatform, type PlatformScope } from '../platforms/platform-context';
import type { ElementLoaderData } from './definition-loaders';

/**
 * The group or connector the route names (its loader has read it), kept as first read: a save or
 * a delete refreshes the cache (a rename or a delete even empties the entry), and the page must
 * stay mounted to finish what follows. Null when Egeria has no such element.
 */
export function useRouteElement<E, K extends QueryKey>(
  readOptions: (
    scope: PlatformScope,
    qualifiedName: string,
  ) => UseSuspenseQueryOptions<E | null, Error, E | null, K>,
) {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as ElementLoaderData;
  const { data } = useSuspenseQuery(readOptions(scope, qualifiedName));
  const [element] = useState(data);
  return { qualifiedName, element };
}
