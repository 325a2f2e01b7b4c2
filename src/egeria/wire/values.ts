/** Small helpers for building request bodies. */
import { EgeriaError } from '../errors';

/** Drops undefined values so a body says only what the caller meant to say. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The collection, or undefined when it is empty or missing. */
export const nonEmpty = <T extends object>(value: T | undefined): T | undefined =>
  value && Object.keys(value).length > 0 ? value : undefined;

/** A page of results; more may follow when the page came back full (Egeria gives no totals). */
export function pageOf<T>(
  items: T[],
  request: { startFrom: number; pageSize: number },
  rawCount = items.length,
) {
  return {
    items,
    startFrom: request.startFrom,
    pageSize: request.pageSize,
    mayHaveMore: request.pageSize > 0 && rawCount >= request.pageSize,
  };
}

/** Egeria's default maxPageSize: a larger page is refused (real 5.3: OMAG-COMMON-400-010). */
export const EGERIA_MAX_PAGE = 1000;

type PageOf<T> = ReturnType<typeof pageOf<T>>;

/**
 * A page larger than Egeria serves in one call, read as parts of its largest page all at once (a
 * platform answers them on as many threads): a long list then costs a round trip per few
 * thousand, not per thousand. Items stop at the first part that came back short.
 */
export async function readWide<T>(
  request: { startFrom: number; pageSize: number },
  read: (part: { startFrom: number; pageSize: number }) => Promise<PageOf<T>>,
): Promise<PageOf<T>> {
  const { startFrom, pageSize } = request;
  if (pageSize <= EGERIA_MAX_PAGE) return read(request);
  const parts = [];
  for (let from = startFrom; from < startFrom + pageSize; from += EGERIA_MAX_PAGE)
    parts.push({
      startFrom: from,
      pageSize: Math.min(EGERIA_MAX_PAGE, startFrom + pageSize - from),
    });
  const pages = await Promise.all(parts.map(read));
  const items: T[] = [];
  for (const page of pages) {
    items.push(...page.items);
    if (!page.mayHaveMore) return { items, startFrom, pageSize, mayHaveMore: false };
  }
  return { items, startFrom, pageSize, mayHaveMore: true };
}

/**
 * One path segment, percent-encoded. A value that would not stay one segment in canonical form
 * (empty, `.` or `..`, which `encodeURIComponent` leaves as they are) is refused before anything is
 * sent, so no name or GUID can climb out of the API it is meant for.
 */
export function encodeSegment(value: string): string {
  if (value === '' || value === '.' || value === '..')
    throw new EgeriaError({
      kind: 'invalid',
      httpStatus: 0,
      messageId: 'CONSOLE-URL-400-001',
      text: `"${value}" cannot be used as a name or identifier in an Egeria URL`,
      systemAction: 'Nothing was sent to the platform.',
      userAction: 'Give a name that is not empty and is not "." or "..".',
    });
  return encodeURIComponent(value);
}
