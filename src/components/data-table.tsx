/**
 * The console's one table: columns the user may hide, page size and density remembered per table
 * (`table-preferences.ts`), a sticky header in a box that scrolls by itself, and rows mounted only
 * near the view when a page is long (TanStack Virtual, `virtual-rows.tsx`, fetched only then).
 * TanStack Table holds the column and page
 * model; sorting and filtering stay with the screens (in the URL), which hand over rows in order.
 *
 * Rows are memoised: a cell gets the row's item, the table's `context` (callbacks, scope) and the
 * row's `extra` (selection, per-row outcome); a row re-renders only when one of those changes,
 * so a status poll that changes one report re-renders one row.
 */
import {
  columnVisibilityFeature,
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
} from '@tanstack/react-table';
import { lazy, memo, Suspense, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SortDirection, SortState } from '../lib/sort';
import { Button } from './button';
import { useTablePreferences, type Density } from './table-preferences';

export interface DataColumn<T, C = undefined, E = undefined> {
  id: string;
  /** The header's text, also the name in the column chooser. */
  header: string;
  /** Header content in place of the text (a "select all" box); the text stays its name. */
  renderHeader?: (context: C) => ReactNode;
  cell: (item: T, context: C, extra: E) => ReactNode;
  /** The sort key the screen understands; the header becomes a sort button. */
  sortKey?: string;
  align?: 'right';
  /** Rendered as the row's header cell (`th scope="row"`). */
  rowHeader?: boolean;
  /** Widths and wrapping for header and cells ("min-w-40 max-w-64"). */
  className?: string;
  /** Never hidden (the row's name, the selection box). */
  fixed?: boolean;
  /** Hidden until the user shows it. */
  hiddenByDefault?: boolean;
}

export interface DataTableProps<T extends RowData, C, E> {
  /** Names the stored preferences: "group-connectors". Keep it stable. */
  tableId: string;
  caption: string;
  columns: readonly DataColumn<T, C, E>[];
  /** Every row, filtered and sorted; the table pages them. */
  rows: readonly T[];
  getRowId: (item: T) => string;
  context: C;
  /** Per-row values that change apart from the item (selected, outcome); compared shallowly. */
  rowExtra?: (item: T) => E;
  /** Attributes of the row element (class, data-*). */
  rowAttributes?: (item: T, extra: E) => Record<string, string | undefined>;
  /** True when two items render the same (default: the same object). */
  isSameItem?: (a: T, b: T) => boolean;
  sort?: SortState<string>;
  onSort?: (next: SortState<string>) => void;
  /** The filters and sort that produced the rows: a new value goes back to the first page. */
  viewKey?: string;
  defaultPageSize?: number;
  /** Names the page navigation: "Connector list pages". */
  pagingLabel: string;
  /** A whole page's rows dimmed (stale data). */
  dimmed?: boolean;
}

export const PAGE_SIZES = [25, 50, 100, 250, 1000, 5000] as const;
/** Pages longer than this mount only the rows near the view. */
const VIRTUAL_AFTER = 150;
const ROW_ESTIMATE: Record<Density, number> = { compact: 34, comfortable: 48 };
const CELL: Record<Density, string> = {
  compact: 'px-2 py-1 align-top',
  comfortable: 'px-3 py-2.5 align-top',
};
const HEADER_CELL =
  'sticky top-0 z-10 bg-slate-50 px-2 py-1.5 font-semibold whitespace-nowrap text-slate-700 shadow-[inset_0_-1px_0_var(--color-slate-200)]';

const VirtualRows = lazy(() => import('./virtual-rows'));

const features = tableFeatures({
  columnVisibilityFeature,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

const ARIA_SORT: Record<SortDirection, 'ascending' | 'descending'> = {
  asc: 'ascending',
  desc: 'descending',
};

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) =>
    Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

interface RowProps<T, C, E> {
  tableId: string;
  item: T;
  extra: E;
  context: C;
  columns: readonly DataColumn<T, C, E>[];
  cellClass: string;
  attributes?: (item: T, extra: E) => Record<string, string | undefined>;
  isSameItem?: (a: T, b: T) => boolean;
  index?: number;
  measure?: (element: HTMLTableRowElement | null) => void;
}

function sameRow<T, C, E>(a: RowProps<T, C, E>, b: RowProps<T, C, E>): boolean {
  return (
    (a.isSameItem ? a.isSameItem(a.item, b.item) : a.item === b.item) &&
    a.context === b.context &&
    a.columns === b.columns &&
    a.cellClass === b.cellClass &&
    a.index === b.index &&
    shallowEqual(a.extra, b.extra)
  );
}

/** One row; exported so benchmarks can count its renders. */
export const DataRow = memo(function DataRow<T, C, E>({
  item,
  extra,
  context,
  columns,
  cellClass,
  attributes,
  index,
  measure,
}: RowProps<T, C, E>) {
  return (
    <tr
      className="hover:bg-slate-50"
      {...attributes?.(item, extra)}
      data-index={index}
      ref={measure}
    >
      {columns.map((column) => {
        const className = `${cellClass} ${column.align === 'right' ? 'text-right tabular-nums' : ''} ${column.className ?? ''}`;
        return column.rowHeader ? (
          <th key={column.id} scope="row" className={`${className} font-medium`}>
            {column.cell(item, context, extra)}
          </th>
        ) : (
          <td key={column.id} className={className}>
            {column.cell(item, context, extra)}
          </td>
        );
      })}
    </tr>
  );
}, sameRow) as <T, C, E>(props: RowProps<T, C, E>) => ReactNode;

/** The console's table. See the module comment. */
export function DataTable<T extends RowData, C = undefined, E = undefined>(
  props: DataTableProps<T, C, E>,
) {
  const { tableId, columns, rows, sort, onSort, viewKey = '' } = props;
  const [preferences, setPreferences] = useTablePreferences(tableId);
  const pageSize = preferences.pageSize ?? props.defaultPageSize ?? 100;

  // The page goes back to the first when the filters or sort change, never on a status poll.
  const [paging, setPaging] = useState({ viewKey, pageIndex: 0 });
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const pageIndex = paging.viewKey === viewKey ? Math.min(paging.pageIndex, pageCount - 1) : 0;
  const pagination: PaginationState = { pageIndex, pageSize };

  const columnVisibility = useMemo(() => {
    const visibility: Record<string, boolean> = {};
    for (const column of columns) {
      if (column.fixed) continue;
      const hidden = column.hiddenByDefault
        ? !preferences.shown.includes(column.id)
        : preferences.hidden.includes(column.id);
      if (hidden) visibility[column.id] = false;
    }
    return visibility;
  }, [columns, preferences.hidden, preferences.shown]);

  const columnDefs = useMemo(
    () =>
      columns.map((column): ColumnDef<typeof features, T> => ({
        id: column.id,
        header: column.header,
        enableHiding: !column.fixed,
      })),
    [columns],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features,
    columns: columnDefs,
    data,
    getRowId: (item) => props.getRowId(item),
    state: { pagination, columnVisibility },
    autoResetPageIndex: false,
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater(pagination) : updater;
      setPaging({ viewKey, pageIndex: next.pageIndex });
      if (next.pageSize !== pageSize) setPreferences({ pageSize: next.pageSize });
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
      setPreferences({
        hidden: columns.filter((c) => !c.hiddenByDefault && next[c.id] === false).map((c) => c.id),
        shown: columns.filter((c) => c.hiddenByDefault && next[c.id] !== false).map((c) => c.id),
      });
    },
  });

  const visibleIds = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join('\u0000');
  // One array per visible set, so memoised rows skip renders while the choice stands.
  const visibleColumns = useMemo(() => {
    const ids = new Set(visibleIds.split('\u0000'));
    return columns.filter((c) => ids.has(c.id));
  }, [columns, visibleIds]);

  const pageRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = pageRows.length > VIRTUAL_AFTER;
  const cellClass = CELL[preferences.density];
  const span = visibleColumns.length;

  const renderRow = (
    index: number,
    measure?: (element: HTMLTableRowElement | null) => void,
  ): ReactNode => {
    const row = pageRows[index];
    if (!row) return null;
    const item = row.original;
    return (
      <DataRow
        key={row.id}
        tableId={tableId}
        item={item}
        extra={props.rowExtra ? props.rowExtra(item) : (undefined as E)}
        context={props.context}
        columns={visibleColumns}
        cellClass={cellClass}
        attributes={props.rowAttributes}
        isSameItem={props.isSameItem}
        index={measure ? index : undefined}
        measure={measure}
      />
    );
  };

  return (
    <div className="space-y-1">
      <TableTools
        columns={columns}
        visibility={columnVisibility}
        onToggle={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
        density={preferences.density}
        onDensity={(density) => setPreferences({ density })}
        caption={props.caption}
      />
      <div
        ref={scrollRef}
        className={`relative max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white ${props.dimmed ? 'opacity-70' : ''}`}
        data-stale={props.dimmed || undefined}
        data-table-id={tableId}
        data-density={preferences.density}
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            <tr>
              {visibleColumns.map((column) => (
                <HeaderCell key={column.id} column={column} sort={sort} onSort={onSort}>
                  {column.renderHeader ? column.renderHeader(props.context) : column.header}
                </HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {virtual ? (
              <Suspense
                fallback={
                  <tr>
                    <td colSpan={span} className={cellClass}>
                      Loading {pageRows.length.toLocaleString()} rows…
                    </td>
                  </tr>
                }
              >
                <VirtualRows
                  count={pageRows.length}
                  scrollRef={scrollRef}
                  rowEstimate={ROW_ESTIMATE[preferences.density]}
                  rowKey={(index) => pageRows[index]?.id ?? index}
                  columns={span}
                  renderRow={renderRow}
                />
              </Suspense>
            ) : (
              pageRows.map((_, index) => renderRow(index))
            )}
          </tbody>
        </table>
      </div>
      {rows.length > PAGE_SIZES[0] ? (
        <Pager
          label={props.pagingLabel}
          pageIndex={pageIndex}
          pageSize={pageSize}
          total={rows.length}
          onPage={(index) => table.setPageIndex(index)}
          onPageSize={(size) => table.setPagination({ pageIndex: 0, pageSize: size })}
        />
      ) : null}
    </div>
  );
}

function HeaderCell<T, C, E>({
  column,
  sort,
  onSort,
  children,
}: {
  column: DataColumn<T, C, E>;
  sort?: SortState<string>;
  onSort?: (next: SortState<string>) => void;
  children: ReactNode;
}) {
  const className = `${HEADER_CELL} ${column.align === 'right' ? 'text-right' : ''} ${column.className ?? ''}`;
  if (!column.sortKey || !sort || !onSort) {
    return (
      <th scope="col" className={className}>
        {children}
      </th>
    );
  }
  const active = sort.key === column.sortKey;
  const next: SortDirection = active && sort.direction === 'asc' ? 'desc' : 'asc';
  const sortKey = column.sortKey;
  return (
    <th scope="col" aria-sort={active ? ARIA_SORT[sort.direction] : 'none'} className={className}>
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded hover:text-sky-800"
        onClick={() => onSort({ key: sortKey, direction: next })}
      >
        {children}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Column choice and density, above the table's right edge. */
function TableTools<T, C, E>({
  columns,
  visibility,
  onToggle,
  density,
  onDensity,
  caption,
}: {
  columns: readonly DataColumn<T, C, E>[];
  visibility: Record<string, boolean>;
  onToggle: (id: string, visible: boolean) => void;
  density: Density;
  onDensity: (density: Density) => void;
  caption: string;
}) {
  const choosable = columns.filter((c) => !c.fixed);
  const [open, setOpen] = useState(false);
  return (
    <div className="flex items-center justify-end gap-2 text-xs">
      {choosable.length > 0 ? (
        <details
          className="relative"
          onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
        >
          <summary
            className="cursor-pointer rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
            aria-label={`Columns of ${caption}`}
          >
            Columns
          </summary>
          {/* Rendered only while open, so the names are not a second copy of the headers. */}
          {open ? (
            <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-md">
              <legend className="sr-only">Columns shown</legend>
              {choosable.map((column) => (
                <label key={column.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={visibility[column.id] !== false}
                    onChange={(event) => onToggle(column.id, event.target.checked)}
                    className="size-3.5"
                  />
                  {column.header}
                </label>
              ))}
            </fieldset>
          ) : null}
        </details>
      ) : null}
      <button
        type="button"
        aria-pressed={density === 'comfortable'}
        // Named after its table: a page can show several (a group's connectors and its audit).
        aria-label={`Comfortable rows in ${caption}`}
        onClick={() => onDensity(density === 'compact' ? 'comfortable' : 'compact')}
        className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
      >
        Comfortable rows
      </button>
    </div>
  );
}

/** "Showing 1–100 of 2,000", previous / next, and the page size. */
function Pager({
  label,
  pageIndex,
  pageSize,
  total,
  onPage,
  onPageSize,
}: {
  label: string;
  pageIndex: number;
  pageSize: number;
  total: number;
  onPage: (index: number) => void;
  onPageSize: (size: number) => void;
}) {
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);
  const sizes = PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number])
    ? PAGE_SIZES
    : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-3 py-1 text-sm"
    >
      <p>
        Showing {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-xs text-slate-700">
          Rows per page
        </label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs"
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size.toLocaleString()}
            </option>
          ))}
        </select>
        {pageCount > 1 ? (
          <>
            <Button
              size="sm"
              onClick={() => onPage(pageIndex - 1)}
              disabled={pageIndex <= 0}
              aria-label="Previous page"
            >
              Previous
            </Button>
            <span>
              Page {pageIndex + 1} of {pageCount}
            </span>
            <Button
              size="sm"
              onClick={() => onPage(pageIndex + 1)}
              disabled={pageIndex >= pageCount - 1}
              aria-label="Next page"
            >
              Next
            </Button>
          </>
        ) : null}
      </div>
    </nav>
  );
}
