/**
 * Paging as Egeria validates it (InvalidParameterHandler.validatePaging; on 6.x view services the
 * open metadata framework's PropertyHelper, with its OPEN-METADATA ids): negative values and page
 * sizes above the server's maxPageSize are errors; a page size of 0 means "the maximum".
 */
import { errors, frameworkCheck } from '../ffdc/ffdc-error';

/** The default `maxPageSize` of an Egeria server. */
export const DEFAULT_MAX_PAGE_SIZE = 1000;

export interface Paging {
  startFrom: number;
  pageSize: number;
}

/** `framework`: the 6.x view-service handlers' own check. */
export type PagingCheck = 'common' | 'framework';

export function validatePaging(
  startFrom: number,
  pageSize: number,
  methodName: string,
  maxPageSize = DEFAULT_MAX_PAGE_SIZE,
  check: PagingCheck = 'common',
): Paging {
  const framework = check === 'framework';
  if (startFrom < 0)
    throw framework
      ? frameworkCheck(
          'omfNegativeStartFrom',
          [String(startFrom), 'startFrom', methodName],
          'startFrom',
          methodName,
        )
      : errors.negativeStartFrom(startFrom, methodName);
  if (pageSize < 0)
    throw framework
      ? frameworkCheck(
          'omfNegativePageSize',
          [String(pageSize), 'pageSize', methodName],
          'pageSize',
          methodName,
        )
      : errors.negativePageSize(pageSize, methodName);
  if (maxPageSize > 0 && pageSize > maxPageSize)
    throw framework
      ? frameworkCheck(
          'omfMaxPageSize',
          [String(pageSize), 'pageSize', methodName, String(maxPageSize)],
          'pageSize',
          methodName,
        )
      : errors.maxPageSizeExceeded(pageSize, methodName, maxPageSize);
  return { startFrom, pageSize: pageSize === 0 ? maxPageSize : pageSize };
}

/** One page of `items` (validated first). */
export function pageOf<T>(
  items: T[],
  startFrom: number,
  pageSize: number,
  methodName: string,
  maxPageSize = DEFAULT_MAX_PAGE_SIZE,
  check: PagingCheck = 'common',
): T[] {
  const page = validatePaging(startFrom, pageSize, methodName, maxPageSize, check);
  return items.slice(page.startFrom, page.startFrom + page.pageSize);
}
