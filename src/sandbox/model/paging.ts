/**
 * Paging as Egeria validates it (InvalidParameterHandler.validatePaging; on 6.x view services the
 * open metadata framework's PropertyHelper, with its OPEN-METADATA ids): negative values and page
 * sizes above the server's maxPageSize are errors; a page size of 0 means "the maximum".
 */
import { errors, frameworkCheck, type FfdcError } from '../ffdc/ffdc-error';
import type { MessageName } from '../ffdc/message-catalogue';

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
  /** The framework's OPEN-METADATA check names the value, the parameter and the method. */
  const failure = (
    common: FfdcError,
    name: MessageName,
    value: number,
    parameterName: string,
    extra: string[] = [],
  ) =>
    check === 'framework'
      ? frameworkCheck(
          name,
          [String(value), parameterName, methodName, ...extra],
          parameterName,
          methodName,
        )
      : common;
  if (startFrom < 0)
    throw failure(
      errors.negativeStartFrom(startFrom, methodName),
      'omfNegativeStartFrom',
      startFrom,
      'startFrom',
    );
  if (pageSize < 0)
    throw failure(
      errors.negativePageSize(pageSize, methodName),
      'omfNegativePageSize',
      pageSize,
      'pageSize',
    );
  if (maxPageSize > 0 && pageSize > maxPageSize)
    throw failure(
      errors.maxPageSizeExceeded(pageSize, methodName, maxPageSize),
      'omfMaxPageSize',
      pageSize,
      'pageSize',
      [String(maxPageSize)],
    );
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
