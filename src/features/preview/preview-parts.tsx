import type { RequestPreview } from '../../egeria/backend';
import type { FieldChange } from '../../lib/field-diff';
import { LongText } from '../../components/long-text';

export interface FieldChangesTableProps {
  changes: FieldChange[];
  /** The table's accessible name. */
  caption: string;
  beforeLabel: string;
  afterLabel: string;
}

/** Field changes, before and after, as the save preview and the bundle import's dry run show them. */
export function FieldChangesTable({
  changes,
  caption,
  beforeLabel,
  afterLabel,
}: FieldChangesTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Field
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {beforeLabel}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {afterLabel}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row" className="px-3 py-2 align-top font-medium [overflow-wrap:anywhere]">
                {change.label}
              </th>
              <td className="max-w-md px-3 py-2 align-top text-slate-700">
                <LongText value={change.before} />
              </td>
              <td className="max-w-md px-3 py-2 align-top">
                <LongText value={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The exact requests of a write, in order, as the dialect describes them (secrets masked). */
export function RequestList({ requests }: { requests: readonly RequestPreview[] }) {
  return (
    <ol className="space-y-2">
      {requests.map((request, index) => (
        <li key={`${index}:${request.path}`}>
          <pre
            aria-label={`Request ${index + 1}: ${request.method} ${request.path}`}
            className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs whitespace-pre-wrap text-slate-50 [overflow-wrap:anywhere]"
          >
            <code>
              {`${request.method} ${request.path}`}
              {request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}
            </code>
          </pre>
        </li>
      ))}
    </ol>
  );
}
