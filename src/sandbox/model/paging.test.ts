import { describe, expect, it } from 'vitest';
import { FfdcError } from '../ffdc/ffdc-error';
import { validatePaging } from './paging';

function failure(run: () => unknown): FfdcError {
  try {
    run();
  } catch (error) {
    if (error instanceof FfdcError) return error;
  }
  throw new Error('expected an FfdcError');
}

describe('validatePaging', () => {
  it('passes valid pages through and reads page size 0 as the server maximum', () => {
    expect(validatePaging(10, 25, 'm')).toEqual({ startFrom: 10, pageSize: 25 });
    expect(validatePaging(0, 0, 'm')).toEqual({ startFrom: 0, pageSize: 1000 });
    expect(validatePaging(0, 1000, 'm')).toEqual({ startFrom: 0, pageSize: 1000 });
    expect(validatePaging(0, 0, 'm', 50)).toEqual({ startFrom: 0, pageSize: 50 });
  });

  it('refuses a negative start, a negative size and a size above the maximum, in that order', () => {
    expect(failure(() => validatePaging(-1, -1, 'm')).definition.id).toBe('OMAG-COMMON-400-008');
    expect(failure(() => validatePaging(0, -1, 'm')).definition.id).toBe('OMAG-COMMON-400-009');
    const tooBig = failure(() => validatePaging(0, 1001, 'getCatalogTargets'));
    expect(tooBig.definition.id).toBe('OMAG-COMMON-400-010');
    expect(tooBig.params).toEqual(['1001', 'pageSize', 'getCatalogTargets', '1000']);
  });
});
