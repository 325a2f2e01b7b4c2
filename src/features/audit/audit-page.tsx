import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { auditExportPath, type AuditFilter, type AuditOutcome } from '../../egeria/audit';
import { OPERATIONS, roleAllows } from '../../egeria/operations';
import { meQueryOptions } from '../platforms/console-user-queries';
import { AuditEntries } from './audit-entries';
import { auditSearchQueryOptions } from './audit-queries';

const CHANGE_OPERATIONS = Object.values(OPERATIONS)
  .filter((op) => op.kind === 'change')
  .map((op) => op.name)
  .sort();
const OUTCOMES: AuditOutcome[] = ['succeeded', 'failed', 'refused'];

interface FilterField {
  name: keyof AuditFilter;
  label: string;
  /** A choice among these (or all); otherwise typed in. */
  options?: readonly string[];
  type?: 'datetime-local';
  wide?: boolean;
}

/** The filter form's fields, in the URL under their names. */
const filterFields = (platforms: string[]): FilterField[] => [
  { name: 'platform', label: 'Platform', options: platforms },
  { name: 'user', label: 'User' },
  { name: 'operation', label: 'Operation', options: CHANGE_OPERATIONS },
  { name: 'outcome', label: 'Outcome', options: OUTCOMES },
  { name: 'element', label: 'Element (name or GUID contains)', wide: true },
  { name: 'from', label: 'From', type: 'datetime-local' },
  { name: 'to', label: 'To', type: 'datetime-local' },
];

/** `datetime-local` values are local times; the server compares ISO instants. */
const toIso = (local: string | null) => {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

function filterOf(params: URLSearchParams): AuditFilter {
  const outcome = params.get('outcome');
  return {
    platform: params.get('platform') || undefined,
    user: params.get('user') || undefined,
    operation: params.get('operation') || undefined,
    outcome: OUTCOMES.includes(outcome as AuditOutcome) ? (outcome as AuditOutcome) : undefined,
    element: params.get('element') || undefined,
    from: toIso(params.get('from')),
    to: toIso(params.get('to')),
  };
}

const inputClass = 'mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm';

/**
 * The audit log (administrators): every change and operation made through the console, filtered
 * by platform, user, operation, outcome, element and time, exportable as CSV and JSON.
 */
export function AuditPage() {
  const me = useQuery(meQueryOptions());
  const administered = Object.entries(me.data?.roles ?? {})
    .filter(([, role]) => roleAllows(role, 'admin'))
    .map(([id]) => id);
  if (me.data && administered.length === 0) {
    return (
      <div className="max-w-3xl">
        <title>Audit log · Egeria Integration Console</title>
        <h1 className="text-xl font-semibold">Audit log</h1>
        <p className="mt-2 text-sm text-slate-700">
          The audit log needs the admin role on at least one platform; you have it on none. Each
          connector’s and group’s page lists the actions taken on it through the console.
        </p>
      </div>
    );
  }
  return <AuditSearch platforms={administered} />;
}

function AuditSearch({ platforms }: { platforms: string[] }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const search = useInfiniteQuery(auditSearchQueryOptions(filter));
  const entries = search.data?.pages.flatMap((page) => page.entries) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const { name } of filterFields(platforms)) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <div>
      <title>Audit log · Egeria Integration Console</title>
      <h1 className="text-xl font-semibold">Audit log</h1>
      <p className="mt-1 text-sm text-slate-600">
        Every change and operation made through this console, newest first. Secrets are never
        recorded.
      </p>
      <form
        onSubmit={submit}
        aria-label="Filter the audit log"
        className="mt-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4"
      >
        {filterFields(platforms).map((field) => (
          <label
            key={field.name}
            className={`text-sm font-medium ${field.wide ? 'md:col-span-2' : ''}`}
          >
            {field.label}
            {field.options ? (
              <select
                name={field.name}
                defaultValue={params.get(field.name) ?? ''}
                className={inputClass}
              >
                <option value="">All</option>
                {field.options.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            ) : (
              <input
                type={field.type}
                name={field.name}
                defaultValue={params.get(field.name) ?? ''}
                className={inputClass}
              />
            )}
          </label>
        ))}
        <div className="col-span-2 flex flex-wrap items-center gap-3 md:col-span-4">
          <Button type="submit" variant="primary">
            Search
          </Button>
          <span id={`${id}-export`} className="text-sm text-slate-600">
            Export what matches:
          </span>
          {(['csv', 'json'] as const).map((format) => (
            <a
              key={format}
              className="text-sm text-sky-800 underline"
              href={auditExportPath(filter, format)}
              download
              aria-describedby={`${id}-export`}
            >
              {format.toUpperCase()}
            </a>
          ))}
        </div>
      </form>
      <div className="mt-4">
        {search.isPending ? (
          <Loading label="Reading the audit log…" />
        ) : search.isError ? (
          <ErrorPanel title="Could not read the audit log" error={search.error} />
        ) : entries.length === 0 ? (
          <p className="text-sm text-slate-600">No entries match.</p>
        ) : (
          <>
            <AuditEntries caption="Audit log entries" entries={entries} showPlatform />
            {search.hasNextPage ? (
              <Button
                className="mt-3"
                onClick={() => void search.fetchNextPage()}
                disabled={search.isFetchingNextPage}
              >
                {search.isFetchingNextPage ? 'Reading…' : 'Older entries'}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
