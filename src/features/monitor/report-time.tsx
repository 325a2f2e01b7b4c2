import { useSyncExternalStore } from 'react';
import { formatDateTime, formatRelativeTime, parseDate } from '../../lib/format';

/*
 * One clock for every relative time of the monitoring tables: a table of thousands of reports
 * would otherwise run two timers per row. It ticks only while something shows a time.
 */
const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getNow = () => now;

/** "3 minutes ago" with the absolute time in the tooltip, from the shared clock. */
export function ReportTime({ value }: { value: string | undefined }) {
  const current = useSyncExternalStore(subscribe, getNow);
  const date = parseDate(value);
  if (!value) return <span className="text-slate-400">—</span>;
  if (!date) return <>{value}</>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(value)}>
      {formatRelativeTime(value, current)}
    </time>
  );
}
