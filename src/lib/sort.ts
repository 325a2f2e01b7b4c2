/** Sorting helpers for the console's tables. */

export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

// Numeric collation so `Group 2` sorts before `Group 10`; base sensitivity so case does not split
// names a person reads as the same.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares optional texts; absent values sort last whatever the direction. */
export function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a === '') return 1;
  if (b === undefined || b === '') return -1;
  return collator.compare(a, b);
}

/**
 * A sorted copy of `rows` by the value `select` returns. Stable, and absent values stay last in
 * both directions so a descending sort does not open with a screen of blanks.
 */
export function sortRows<T>(
  rows: readonly T[],
  select: (row: T) => string | number | undefined,
  direction: SortDirection,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: select(row) }))
    .sort((x, y) => {
      const a = x.value;
      const b = y.value;
      const aMissing = a === undefined || a === '';
      const bMissing = b === undefined || b === '';
      if (aMissing || bMissing) {
        if (aMissing && bMissing) return x.index - y.index;
        return aMissing ? 1 : -1;
      }
      const order =
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : collator.compare(String(a), String(b));
      return order === 0 ? x.index - y.index : order * sign;
    })
    .map((entry) => entry.row);
}

/** Case-insensitive "contains" over several optional fields. An empty needle matches everything. */
export function matchesText(needle: string, ...fields: (string | undefined)[]): boolean {
  const query = needle.trim().toLocaleLowerCase();
  if (!query) return true;
  return fields.some((field) => field?.toLocaleLowerCase().includes(query));
}

/**
 * Reads a sort order from a URL value: `name` ascending, `-name` descending. Unknown keys fall back,
 * so an old or hand-edited link still opens.
 */
export function parseSortParam<K extends string>(
  value: string,
  keys: readonly K[],
  fallback: SortState<K>,
): SortState<K> {
  const descending = value.startsWith('-');
  const key = (descending ? value.slice(1) : value) as K;
  if (!keys.includes(key)) return fallback;
  return { key, direction: descending ? 'desc' : 'asc' };
}

/** The URL value for a sort order; empty for the default so plain links stay plain. */
export function formatSortParam<K extends string>(
  sort: SortState<K>,
  fallback: SortState<K>,
): string {
  if (sort.key === fallback.key && sort.direction === fallback.direction) return '';
  return sort.direction === 'desc' ? `-${sort.key}` : sort.key;
}
