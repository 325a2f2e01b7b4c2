import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  auditSearchPath,
  elementAuditPath,
  type AuditFilter,
  type AuditPage,
} from '../../egeria/audit';
import { consoleApi } from '../../egeria/console-api';
import { consoleKeys } from '../../lib/query-keys';

const readPage = (body: unknown): AuditPage | undefined =>
  Array.isArray((body as AuditPage | null)?.entries) ? (body as AuditPage) : undefined;

const getPage = (path: string, signal?: AbortSignal) =>
  consoleApi(path, { signal, read: readPage, what: 'audit answer' });

/** What the console did to one connector or group: its names and GUID, any of which an entry may name. */
export function elementAuditQueryOptions(
  platformId: string,
  kind: 'connector' | 'group',
  values: string[],
) {
  const names = [...new Set(values.filter(Boolean))].slice(0, 10);
  return queryOptions({
    queryKey: consoleKeys.elementAudit(platformId, kind, names),
    queryFn: ({ signal }) => getPage(elementAuditPath(platformId, kind, names), signal),
    enabled: names.length > 0,
    staleTime: 0,
  });
}

/** The audit page's search, a page of 100 at a time, newest first. */
export function auditSearchQueryOptions(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: consoleKeys.auditSearch({ ...filter }),
    queryFn: ({ pageParam, signal }) =>
      getPage(
        auditSearchPath(filter, pageParam === undefined ? {} : { before: String(pageParam) }),
        signal,
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore,
    staleTime: 0,
  });
}
