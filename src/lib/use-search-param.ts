import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatSortParam, parseSortParam, type SortState } from './sort';

/**
 * One URL search parameter as state, so filters and sort orders survive a reload and can be
 * shared as links. Updates replace the history entry (typing should not fill the back button)
 * unless `push` is set (opening a panel is a step Back should undo); an empty value removes the
 * parameter.
 */
export function useSearchParam(
  name: string,
  { push = false }: { push?: boolean } = {},
): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get(name) ?? '';
  const setValue = useCallback(
    (next: string) => {
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next) params.set(name, next);
          else params.delete(name);
          return params;
        },
        { replace: !push, preventScrollReset: true },
      );
    },
    [name, push, setSearchParams],
  );
  return [value, setValue];
}

/**
 * A table's sort order as the `sort` parameter (see parseSortParam); `sortParam` is its raw value,
 * for keys that tell one view of the table from another.
 */
export function useSortParam<K extends string>(keys: readonly K[], fallback: SortState<K>) {
  const [sortParam, setSortParam] = useSearchParam('sort');
  const sort = useMemo(
    () => parseSortParam(sortParam, keys, fallback),
    [sortParam, keys, fallback],
  );
  const onSort = useCallback(
    (next: SortState<K>) => setSortParam(formatSortParam(next, fallback)),
    [setSortParam, fallback],
  );
  return { sort, onSort, sortParam };
}
