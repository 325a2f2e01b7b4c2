/*
 * Route loaders of the definition screens. Kept apart from the lazy page modules (which carry the
 * forms and their libraries) so the router can start reading while the page's code downloads.
 */
import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { nameFromScreenPath } from '../../lib/paths';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';
import { connectorQueryOptions, groupQueryOptions } from './definition-queries';

export interface ElementLoaderData {
  /** The group (or connector) named in the path. */
  qualifiedName: string;
  /** The connector named in `?connector=` on registration screens. */
  connectorQualifiedName?: string;
  /** The group named in `?group=` when a new connector is to be registered in it. */
  groupQualifiedName?: string;
}

type Kind = 'group' | 'connector';

/**
 * `/p/:platformId/{screen}/{qualifiedName}`: reads the element before the screen shows. Forms
 * read it fresh (not from the cache), because what they show is what a save is compared with.
 */
export function elementLoader(
  services: LoaderServices,
  screen: string,
  kind: Kind,
  fresh: boolean,
) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<ElementLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    const url = new URL(request.url);
    const qualifiedName = nameFromScreenPath(url.pathname, screen);
    if (qualifiedName === undefined) throw data('This address is malformed', { status: 404 });
    const { queryClient } = services;
    const read = <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>) =>
      fresh
        ? queryClient.fetchQuery({ ...options, staleTime: 0 })
        : queryClient.ensureQueryData(options);
    const connectorQualifiedName = url.searchParams.get('connector') ?? undefined;
    await Promise.all([
      kind === 'group'
        ? read(groupQueryOptions(scope, qualifiedName))
        : read(connectorQueryOptions(scope, qualifiedName)),
      connectorQualifiedName
        ? queryClient.fetchQuery({
            ...connectorQueryOptions(scope, connectorQualifiedName),
            staleTime: 0,
          })
        : undefined,
    ]);
    return { qualifiedName, connectorQualifiedName };
  };
}

/** Screens that create an element: only the platform must exist. */
export function newElementLoader(services: LoaderServices) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<ElementLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    const groupQualifiedName = new URL(request.url).searchParams.get('group') ?? undefined;
    if (groupQualifiedName)
      await services.queryClient.ensureQueryData(groupQueryOptions(scope, groupQualifiedName));
    return { qualifiedName: '', groupQualifiedName };
  };
}
