import type { Dialect, RequestPreview } from '../../egeria/backend';
import { CopyButton } from '../../components/copy-button';
import { curlCommand } from '../../egeria/curl';
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

/**
 * The exact requests of a write, in order, as the dialect describes them (secrets masked). With
 * the platform's dialect, each gets copy buttons: its body as JSON, and the request as curl.
 */
export function RequestList({
  requests,
  dialect,
}: {
  requests: readonly RequestPreview[];
  dialect?: Dialect;
}) {
  return (
    <ol className="space-y-2">
      {requests.map((request, index) => {
        const name = `request ${index + 1}`;
        return (
          <li key={`${index}:${request.path}`} className="space-y-1">
            {/* It may scroll: focusable and named, so a keyboard can scroll it too. */}
            <pre
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
              role="region"
              aria-label={`Request ${index + 1}: ${request.method} ${request.path}`}
              className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs whitespace-pre-wrap text-slate-50 [overflow-wrap:anywhere]"
            >
              <code>
                {`${request.method} ${request.path}`}
                {request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}
              </code>
            </pre>
            {dialect ? (
              <div className="flex flex-wrap gap-2">
                {request.body === undefined ? null : (
                  <CopyButton
                    value={JSON.stringify(request.body, null, 2)}
                    label={`Copy body of ${name} (JSON)`}
                    text="Copy body"
                  />
                )}
                <CopyButton
                  value={curlCommand(request, dialect).command}
                  label={`Copy as curl: ${name}`}
                  text="Copy as curl"
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
