import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One URL search parameter as state, so filters and sort orders survive a reload and can be
 * shared as links. Updates replace the history entry (typing should not fill the back button) and
 * an empty value removes the parameter.
 */
export function useSearchParam(name: string): [string, (value: string) => void] {
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
        { replace: true, preventScrollReset: true },
      );
    },
    [name, setSearchParams],
  );
  return [value, setValue];
}
