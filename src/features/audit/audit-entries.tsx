import { DataTable, type DataColumn } from '../../components/data-table';
import { DateTime } from '../../components/relative-time';
import type { AuditEntry } from '../../egeria/audit';

const OUTCOME_STYLE: Record<AuditEntry['outcome'], string> = {
  succeeded: 'text-green-800',
  failed: 'text-red-800',
  refused: 'text-amber-800',
};

function elements(entry: AuditEntry): string {
  return entry.subjects
    .map((s) => (s.name ? `${s.kind} ${s.name}` : `${s.kind} ${s.guid ?? ''}`))
    .join(', ');
}

const WHEN: DataColumn<AuditEntry> = {
  id: 'when',
  header: 'When',
  fixed: true,
  className: 'whitespace-nowrap',
  cell: (entry) => <DateTime value={entry.at} />,
};
const WHO: DataColumn<AuditEntry> = {
  id: 'who',
  header: 'Who',
  cell: (entry) => (
    <>
      {entry.user}
      <span className="ml-1 text-xs text-slate-500">({entry.role ?? 'no role'})</span>
    </>
  ),
};
const PLATFORM: DataColumn<AuditEntry> = {
  id: 'platform',
  header: 'Platform',
  cell: (entry) => entry.platformId,
};
const REST: readonly DataColumn<AuditEntry>[] = [
  {
    id: 'operation',
    header: 'Operation',
    cell: (entry) => <code>{entry.operation}</code>,
  },
  {
    id: 'elements',
    header: 'Elements',
    className: '[overflow-wrap:anywhere]',
    cell: elements,
  },
  {
    id: 'outcome',
    header: 'Outcome',
    className: '[overflow-wrap:anywhere]',
    cell: (entry) => (
      <>
        <span className={`font-medium ${OUTCOME_STYLE[entry.outcome]}`}>{entry.outcome}</span>
        {entry.messageId ? (
          <code className="ml-2 text-xs" title={entry.message}>
            {entry.messageId}
          </code>
        ) : null}
        {entry.requestIds.length > 0 ? (
          <span className="ml-2 text-xs text-slate-500">request {entry.requestIds.join(', ')}</span>
        ) : null}
      </>
    ),
  },
];
const WITH_PLATFORM = [WHEN, WHO, PLATFORM, ...REST];
const WITHOUT_PLATFORM = [WHEN, WHO, ...REST];

const entryId = (entry: AuditEntry) => String(entry.id);
const entryAttributes = (entry: AuditEntry) => ({ 'data-audit-operation': entry.operation });

/** Audit entries as a table: when, who with which role, what, on which elements, and how it ended. */
export function AuditEntries({
  caption,
  entries,
  showPlatform = false,
}: {
  caption: string;
  entries: AuditEntry[];
  showPlatform?: boolean;
}) {
  return (
    <DataTable
      // The whole log and one element's entries are remembered apart: they show other columns.
      tableId={showPlatform ? 'audit-log' : 'element-audit'}
      caption={caption}
      columns={showPlatform ? WITH_PLATFORM : WITHOUT_PLATFORM}
      rows={entries}
      getRowId={entryId}
      context={undefined}
      rowAttributes={entryAttributes}
      pagingLabel={`${caption} pages`}
    />
  );
}
