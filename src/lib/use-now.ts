import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`, for text like "3 minutes ago" that should age
 * while the page stays open. Reading the clock in state keeps rendering pure.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
