import type { ReactNode } from 'react';
import type { SortDirection, SortState } from '../lib/sort';
import { Button } from './button';

export interface TableProps {
  /** The table's name for assistive technology; visible unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
}

/** A horizontally scrollable table with a caption. Rows and headers come from the caller. */
export function Table({ caption, captionHidden = true, children }: TableProps) {
  return (
    // relative: keeps absolutely positioned sr-only text inside the scroll box, not widening the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left font-medium'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export const headerCellClass = 'px-3 py-2 font-semibold text-slate-700 whitespace-nowrap';
export const cellClass = 'px-3 py-2 align-top';

export interface SortableHeaderProps<K extends string> {
  label: string;
  sortKey: K;
  sort: SortState<K>;
  onSort: (next: SortState<K>) => void;
  className?: string;
}

const ARIA_SORT: Record<SortDirection, 'ascending' | 'descending'> = {
  asc: 'ascending',
  desc: 'descending',
};

/**
 * A column header that sorts: a button inside the `th`, and `aria-sort` on the column that is
 * sorted, so screen readers announce the order.
 */
export function SortableHeader<K extends string>({
  label,
  sortKey,
  sort,
  onSort,
  className = '',
}: SortableHeaderProps<K>) {
  const active = sort.key === sortKey;
  const next: SortDirection = active && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? ARIA_SORT[sort.direction] : 'none'}
      className={`${headerCellClass} ${className}`}
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded hover:text-sky-800"
        onClick={() => onSort({ key: sortKey, direction: next })}
      >
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export interface PaginationProps {
  /** Zero-based page index. */
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark: "Connector pages". */
  label: string;
}

/** Previous / next paging with "Showing 1–100 of 2,000". Renders nothing when all rows fit. */
export function Pagination({ page, pageSize, total, onPageChange, label }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 py-2 text-sm">
      <p>
        Showing {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </p>
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          onClick={() => onPageChange(page - 1)}
          disabled={page <= 0}
          aria-label="Previous page"
        >
          Previous
        </Button>
        <span>
          Page {page + 1} of {pageCount}
        </span>
        <Button
          size="sm"
          onClick={() => onPageChange(page + 1)}
          disabled={page >= pageCount - 1}
          aria-label="Next page"
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
