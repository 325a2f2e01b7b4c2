import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  auditSearchPath,
  elementAuditPath,
  type AuditFilter,
  type AuditPage,
} from '../../egeria/audit';
import { errorFromFfdc, EgeriaError, type FfdcFields } from '../../egeria/errors';
import { consoleKeys } from '../../lib/query-keys';

async function getPage(path: string, signal?: AbortSignal): Promise<AuditPage> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    throw new EgeriaError({
      kind: signal?.aborted ? 'aborted' : 'network',
      httpStatus: 0,
      text: `No answer from the console server: ${cause instanceof Error ? cause.message : String(cause)}`,
      request: `GET ${path}`,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFromFfdc((body ?? {}) as FfdcFields, response.status, `GET ${path}`);
  if (!body || !Array.isArray((body as AuditPage).entries))
    throw new EgeriaError({
      kind: 'bad-response',
      httpStatus: response.status,
      text: 'The console server’s audit answer could not be read',
      request: `GET ${path}`,
    });
  return body as AuditPage;
}

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
