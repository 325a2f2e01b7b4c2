import { useCallback, useSyncExternalStore } from 'react';

/*
 * One clock per interval for the whole page: a table of thousands of rows that each say "3 minutes
 * ago" would otherwise run a timer per row. A clock ticks only while something reads it.
 */
interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
}

const clocks = new Map<number, Clock>();

function clockOf(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set() };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribeTo(intervalMs: number, listener: () => void): () => void {
  const clock = clockOf(intervalMs);
  clock.listeners.add(listener);
  if (!clock.timer) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      for (const l of clock.listeners) l();
    }, intervalMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

/**
 * The current time, refreshed every `intervalMs`, for text like "3 minutes ago" that should age
 * while the page stays open. Reading the clock from a store keeps rendering pure.
 */
export function useNow(intervalMs = 30_000): number {
  const subscribe = useCallback(
    (listener: () => void) => subscribeTo(intervalMs, listener),
    [intervalMs],
  );
  return useSyncExternalStore(subscribe, () => clockOf(intervalMs).now);
}

/** How many clocks are ticking (for tests: one per interval, however many readers). */
export function tickingClocks(): number {
  return [...clocks.values()].filter((clock) => clock.timer !== undefined).length;
}
