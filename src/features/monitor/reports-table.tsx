import { memo, useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import type { ConnectorReport } from '../../egeria/model';
import { reportKey } from '../../egeria/status-feed-protocol';
import type { SortState } from '../../lib/sort';
import type { ReportSortKey } from './report-rows';
import {
  REPORT_COLUMNS,
  SelectAllContext,
  type ReportRowContext,
  type SelectAllState,
} from './report-row';

export interface ReportsTableProps {
  caption: string;
  /** Every row the filters let through, sorted; the table pages them. */
  rows: ConnectorReport[];
  /** The filters and sort that produced the rows (a change goes back to the first page). */
  viewKey: string;
  defaultPageSize: number;
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

const rowId = (report: ConnectorReport) => reportKey(report);
const rowAttributes = (report: ConnectorReport, selected: boolean) => ({
  className: selected ? 'bg-sky-50' : 'hover:bg-slate-50',
  'data-connector': report.connectorName,
});

/** The connector reports of a daemon, one memoised row each. */
export const ReportsTable = memo(function ReportsTable(props: ReportsTableProps) {
  const { rows, sort, onSort, selected, platformId, daemon, onToggle, onRestart, onRefresh } =
    props;
  const context = useMemo<ReportRowContext>(
    () => ({ platformId, daemon, onToggle, onRestart, onRefresh }),
    [platformId, daemon, onToggle, onRestart, onRefresh],
  );
  const selectAll = useMemo<SelectAllState>(
    () => ({
      all: rows.length > 0 && props.selectedVisible === rows.length,
      some: props.selectedVisible > 0,
      count: rows.length,
      onChange: props.onToggleAll,
    }),
    [rows.length, props.selectedVisible, props.onToggleAll],
  );
  return (
    <SelectAllContext value={selectAll}>
      <DataTable
        tableId="daemon-reports"
        caption={props.caption}
        columns={REPORT_COLUMNS}
        rows={rows}
        getRowId={rowId}
        context={context}
        rowExtra={(report) => selected.has(report.connectorName)}
        rowAttributes={rowAttributes}
        sort={sort}
        onSort={onSort as (next: SortState<string>) => void}
        viewKey={props.viewKey}
        defaultPageSize={props.defaultPageSize}
        pagingLabel="Connector report pages"
        dimmed={props.stale}
      />
    </SelectAllContext>
  );
});
