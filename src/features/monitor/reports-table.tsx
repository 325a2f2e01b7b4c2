import { memo, useEffect, useRef } from 'react';
import { Pagination, SortableHeader, Table, headerCellClass } from '../../components/table';
import type { ConnectorReport } from '../../egeria/model';
import { reportKey } from '../../egeria/status-feed-protocol';
import type { SortState } from '../../lib/sort';
import { explainReport } from './failure-groups';
import type { ReportSortKey } from './report-rows';
import { ReportRow } from './report-row';

export interface ReportsTableProps {
  caption: string;
  /** The rows of the page shown. */
  rows: ConnectorReport[];
  /** Every row the filters let through (for "select all"). */
  visibleCount: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  sort: SortState<ReportSortKey>;
  onSort: (sort: SortState<ReportSortKey>) => void;
  selected: ReadonlySet<string>;
  /** How many of the filtered rows are selected. */
  selectedVisible: number;
  onToggle: (connectorName: string, selected: boolean) => void;
  onToggleAll: (selected: boolean) => void;
  onRestart?: (connectorName: string) => void;
  onRefresh?: (connectorName: string) => void;
  platformId: string;
  daemon: string;
  stale: boolean;
}

function SelectAll({
  all,
  some,
  onChange,
  count,
}: {
  all: boolean;
  some: boolean;
  onChange: (selected: boolean) => void;
  count: number;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      onChange={(event) => onChange(event.target.checked)}
      aria-label={`Select all ${count.toLocaleString()} connectors that match the filters`}
      className="size-4"
    />
  );
}

/** The connector reports of a daemon, one memoised row each. */
export const ReportsTable = memo(function ReportsTable(props: ReportsTableProps) {
  const { rows, sort, onSort, selected, platformId, daemon } = props;
  return (
    <>
      <div className={props.stale ? 'opacity-70' : undefined} data-stale={props.stale || undefined}>
        <Table caption={props.caption}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={`${headerCellClass} w-8`}>
                <SelectAll
                  all={props.visibleCount > 0 && props.selectedVisible === props.visibleCount}
                  some={props.selectedVisible > 0}
                  onChange={props.onToggleAll}
                  count={props.visibleCount}
                />
              </th>
              <SortableHeader
                label="Connector"
                sortKey="connectorName"
                sort={sort}
                onSort={onSort}
              />
              <SortableHeader label="Group" sortKey="group" sort={sort} onSort={onSort} />
              <SortableHeader label="Status" sortKey="status" sort={sort} onSort={onSort} />
              <SortableHeader
                label="Status changed"
                sortKey="lastStatusChange"
                sort={sort}
                onSort={onSort}
              />
              <SortableHeader
                label="Last refresh"
                sortKey="lastRefresh"
                sort={sort}
                onSort={onSort}
              />
              <SortableHeader
                label="Refresh (min)"
                sortKey="refresh"
                sort={sort}
                onSort={onSort}
                className="text-right"
              />
              <th scope="col" className={headerCellClass}>
                Statistics
              </th>
              <th scope="col" className={headerCellClass}>
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((report) => (
              <ReportRow
                key={reportKey(report)}
                report={report}
                platformId={platformId}
                daemon={daemon}
                selected={selected.has(report.connectorName)}
                failureTitle={explainReport(report)?.title}
                onToggle={props.onToggle}
                onRestart={props.onRestart}
                onRefresh={props.onRefresh}
              />
            ))}
          </tbody>
        </Table>
      </div>
      <Pagination
        label="Connector report pages"
        page={props.page}
        pageSize={props.pageSize}
        total={props.visibleCount}
        onPageChange={props.onPageChange}
      />
    </>
  );
});
