import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { elementKeys } from '../../lib/query-keys';
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
  { value: 'Endpoint', label: 'Endpoint' },
] as const;

export interface ElementSearch {
  searchString: string;
  typeNames: string[];
  startFrom: number;
  pageSize: number;
}

/** One page of elements whose names contain the search string; the last page stays while the next loads. */
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
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
