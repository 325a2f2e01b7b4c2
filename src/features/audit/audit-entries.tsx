import { cellClass, headerCellClass, Table } from '../../components/table';
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
    <Table caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={headerCellClass}>
            When
          </th>
          <th scope="col" className={headerCellClass}>
            Who
          </th>
          {showPlatform ? (
            <th scope="col" className={headerCellClass}>
              Platform
            </th>
          ) : null}
          <th scope="col" className={headerCellClass}>
            Operation
          </th>
          <th scope="col" className={headerCellClass}>
            Elements
          </th>
          <th scope="col" className={headerCellClass}>
            Outcome
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {entries.map((entry) => (
          <tr key={entry.id} data-audit-operation={entry.operation}>
            <td className={`${cellClass} whitespace-nowrap`}>
              <DateTime value={entry.at} />
            </td>
            <td className={cellClass}>
              {entry.user}
              <span className="ml-1 text-xs text-slate-500">({entry.role ?? 'no role'})</span>
            </td>
            {showPlatform ? <td className={cellClass}>{entry.platformId}</td> : null}
            <td className={cellClass}>
              <code>{entry.operation}</code>
            </td>
            <td className={`${cellClass} [overflow-wrap:anywhere]`}>{elements(entry)}</td>
            <td className={cellClass}>
              <span className={`font-medium ${OUTCOME_STYLE[entry.outcome]}`}>{entry.outcome}</span>
              {entry.messageId ? (
                <code className="ml-2 text-xs" title={entry.message}>
                  {entry.messageId}
                </code>
              ) : null}
              {entry.requestIds.length > 0 ? (
                <span className="ml-2 text-xs text-slate-500">
                  request {entry.requestIds.join(', ')}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
