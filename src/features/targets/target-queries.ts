import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { elementKeys } from '../../lib/query-keys';
import type { ElementSummary, Page } from '../../egeria/model';
import type { PlatformScope } from '../platforms/platform-context';

/** Elements per palette page. */
export const PALETTE_PAGE_SIZE = 20;

/**
 * The element types a palette can narrow to; "any" searches every OpenMetadataRoot. Egeria matches
 * a type and its subtypes, so Asset finds servers, databases, folders and topics alike.
 */
export const PALETTE_TYPES = [
  { value: '', label: 'Any type' },
  { value: 'Asset', label: 'Asset (any kind)' },
  { value: 'SoftwareServer', label: 'SoftwareServer' },
  { value: 'Database', label: 'Database' },
  { value: 'FileFolder', label: 'FileFolder' },
  { value: 'DataFile', label: 'DataFile' },
  { value: 'KafkaTopic', label: 'KafkaTopic' },
  { value: 'DeployedAPI', label: 'DeployedAPI' },
] as const;

/**
 * The definitions of integration itself, which a catalog target never points at: groups,
 * connectors and the parts of their connections (subtypes included, e.g. VirtualConnection).
 */
const NOT_CATALOG_TARGETS = new Set([
  'IntegrationGroup',
  'IntegrationConnector',
  'Connection',
  'ConnectorType',
  'Endpoint',
]);

/** Whether a catalog target may point at this element. */
export const canBeCatalogTarget = (element: ElementSummary): boolean =>
  ![element.typeName, ...element.superTypeNames].some((type) => NOT_CATALOG_TARGETS.has(type));

/** A page of search results without the elements a catalog target cannot point at. */
const catalogTargetsOnly = (page: Page<ElementSummary>): Page<ElementSummary> => ({
  ...page,
  items: page.items.filter(canBeCatalogTarget),
});

export interface ElementSearch {
  searchString: string;
  typeNames: string[];
  startFrom: number;
  pageSize: number;
}

/**
 * One page of elements whose names contain the search string that a catalog target can point at
 * (a page may hold fewer than asked; "more" still follows Egeria's page); the last page stays
 * while the next loads.
 */
export function elementSearchQueryOptions(
  { platform, backend }: PlatformScope,
  search: ElementSearch,
) {
  return queryOptions({
    queryKey: elementKeys.search(platform.id, platform.metadataServer, search),
    queryFn: ({ signal }) =>
      backend.searchElements(
        search.searchString,
        search.typeNames,
        { startFrom: search.startFrom, pageSize: search.pageSize },
        signal,
      ),
    select: catalogTargetsOnly,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
