import { describe, expect, it } from 'vitest';
import { formatSortParam, matchesText, parseSortParam, sortRows } from './sort';

describe('sortRows', () => {
  const rows = [{ n: 'Group 10' }, { n: undefined }, { n: 'group 2' }, { n: 'Alpha' }];

  it('sorts naturally and case-insensitively, absent values last in both directions', () => {
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual([
      'Alpha',
      'group 2',
      'Group 10',
      undefined,
    ]);
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.n)).toEqual([
      'Group 10',
      'group 2',
      'Alpha',
      undefined,
    ]);
  });

  it('sorts numbers as numbers', () => {
    expect(sortRows([{ v: 60 }, { v: 5 }, { v: 1440 }], (r) => r.v, 'asc').map((r) => r.v)).toEqual(
      [5, 60, 1440],
    );
  });
});

describe('sort URL values', () => {
  const fallback = { key: 'a', direction: 'asc' } as const;
  it('round-trips and falls back on unknown keys', () => {
    expect(parseSortParam('-b', ['a', 'b'], fallback)).toEqual({ key: 'b', direction: 'desc' });
    expect(parseSortParam('zzz', ['a', 'b'], fallback)).toEqual(fallback);
    expect(formatSortParam({ key: 'b', direction: 'desc' }, fallback)).toBe('-b');
    expect(formatSortParam(fallback, fallback)).toBe('');
  });
});

describe('matchesText', () => {
  it('matches any field, case-insensitively, ignoring surrounding spaces', () => {
    expect(matchesText(' KAFKA ', 'Egeria:IntegrationGroup:ApacheKafka', undefined)).toBe(true);
    expect(matchesText('topics', 'x', 'Catalog Kafka topics')).toBe(true);
    expect(matchesText('nope', 'x', undefined)).toBe(false);
    expect(matchesText('', undefined)).toBe(true);
  });
});
