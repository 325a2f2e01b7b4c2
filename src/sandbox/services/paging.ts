/**
 * Paging as Egeria 5.x validates it (InvalidParameterHandler.validatePaging): negative values and
 * page sizes above the server's maxPageSize are errors; a page size of 0 means "the maximum".
 */
import { errors } from '../ffdc/ffdc-error';

/** The default `maxPageSize` of a 5.x server. */
export const DEFAULT_MAX_PAGE_SIZE = 1000;

export interface Paging {
  startFrom: number;
  pageSize: number;
}

export function validatePaging(
  startFrom: number,
  pageSize: number,
  methodName: string,
  maxPageSize = DEFAULT_MAX_PAGE_SIZE,
): Paging {
  if (startFrom < 0) throw errors.negativeStartFrom(startFrom, methodName);
  if (pageSize < 0) throw errors.negativePageSize(pageSize, methodName);
  if (maxPageSize > 0 && pageSize > maxPageSize)
    throw errors.maxPageSizeExceeded(pageSize, methodName, maxPageSize);
  return { startFrom, pageSize: pageSize === 0 ? maxPageSize : pageSize };
}
