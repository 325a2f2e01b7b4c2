import { memo } from 'react';
import type { StatusCount } from './report-rows';

export interface StatusCountersProps {
  counts: StatusCount[];
  total: number;
  /** The status filter now applied ('' for all). */
  active: string;
  onSelect: (status: string) => void;
}

/**
 * How many connectors are in each status. Each counter is a toggle button that filters the table
 * to that status (and back to all when pressed again).
 */
export const StatusCounters = memo(function StatusCounters({
  counts,
  total,
  active,
  onSelect,
}: StatusCountersProps) {
  const base =
    'inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-sky-700';
  return (
    <div role="group" aria-label="Connectors by status" className="flex flex-wrap gap-2">
      <button
        type="button"
        aria-pressed={active === ''}
        onClick={() => onSelect('')}
        className={`${base} ${active === '' ? 'bg-slate-800 text-white ring-slate-800' : 'bg-white ring-slate-300 hover:bg-slate-50'}`}
      >
        All <span className="font-semibold tabular-nums">{total.toLocaleString()}</span>
      </button>
      {counts.map(({ status, label, count }) => {
        const pressed = active === status;
        return (
          <button
            key={status}
            type="button"
            aria-pressed={pressed}
            data-status={status}
            onClick={() => onSelect(pressed ? '' : status)}
            className={`${base} ${pressed ? 'bg-slate-800 text-white ring-slate-800' : 'bg-white ring-slate-300 hover:bg-slate-50'}`}
          >
            {label} <span className="font-semibold tabular-nums">{count.toLocaleString()}</span>
          </button>
        );
      })}
    </div>
  );
});
