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
const FIELDS = ['platform', 'user', 'operation', 'outcome', 'element', 'from', 'to'] as const;

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
    for (const field of FIELDS) {
      const value = String(form.get(field) ?? '').trim();
      if (value) next.set(field, value);
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
        <label className="text-sm font-medium">
          Platform
          <select
            name="platform"
            defaultValue={params.get('platform') ?? ''}
            className={inputClass}
          >
            <option value="">All</option>
            {platforms.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          User
          <input name="user" defaultValue={params.get('user') ?? ''} className={inputClass} />
        </label>
        <label className="text-sm font-medium">
          Operation
          <select
            name="operation"
            defaultValue={params.get('operation') ?? ''}
            className={inputClass}
          >
            <option value="">All</option>
            {CHANGE_OPERATIONS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Outcome
          <select name="outcome" defaultValue={params.get('outcome') ?? ''} className={inputClass}>
            <option value="">All</option>
            {OUTCOMES.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium md:col-span-2">
          Element (name or GUID contains)
          <input name="element" defaultValue={params.get('element') ?? ''} className={inputClass} />
        </label>
        <label className="text-sm font-medium">
          From
          <input
            type="datetime-local"
            name="from"
            defaultValue={params.get('from') ?? ''}
            className={inputClass}
          />
        </label>
        <label className="text-sm font-medium">
          To
          <input
            type="datetime-local"
            name="to"
            defaultValue={params.get('to') ?? ''}
            className={inputClass}
          />
        </label>
        <div className="col-span-2 flex flex-wrap items-center gap-3 md:col-span-4">
          <Button type="submit" variant="primary">
            Search
          </Button>
          <span id={`${id}-export`} className="text-sm text-slate-600">
            Export what matches:
          </span>
          <a
            className="text-sm text-sky-800 underline"
            href={auditExportPath(filter, 'csv')}
            download
            aria-describedby={`${id}-export`}
          >
            CSV
          </a>
          <a
            className="text-sm text-sky-800 underline"
            href={auditExportPath(filter, 'json')}
            download
            aria-describedby={`${id}-export`}
          >
            JSON
          </a>
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
