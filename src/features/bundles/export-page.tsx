import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { serializeBundle } from '../../bundles/bundle-io';
import { bundleFileName, exportBundle, groupsOfDaemon } from '../../bundles/export-bundle';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { FilterInput, FilterSelect } from '../../components/filter-select';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import { bundleImportPath } from '../../lib/paths';
import { allGroupsListQueryOptions } from '../definitions/definition-queries';
import { usePlatform } from '../platforms/platform-context';
import { BundleNav } from './bundle-nav';

interface Exported {
  fileName: string;
  groups: number;
  connectors: number;
  secrets: number;
  warnings: string[];
}

/** Hands a text to the browser as a file download. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** /p/{platformId}/bundles/export: one group, several, or every group a daemon runs, as a bundle file. */
export function ExportPage() {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const [params] = useSearchParams();
  const [mode, setMode] = useState<'groups' | 'daemon'>(params.get('daemon') ? 'daemon' : 'groups');
  const [selected, setSelected] = useState<ReadonlySet<string>>(
    () => new Set(params.getAll('group')),
  );
  const [daemon, setDaemon] = useState(params.get('daemon') ?? platform.daemons[0] ?? '');
  const [filter, setFilter] = useState('');
  const groups = useQuery(allGroupsListQueryOptions(scope));
  const groupsHintId = useId();

  const names = useMemo(
    () => (groups.data ?? []).map((g) => g.qualifiedName).sort((a, b) => a.localeCompare(b)),
    [groups.data],
  );
  const shown = names.filter((n) => n.toLowerCase().includes(filter.trim().toLowerCase()));

  const run = useMutation({
    mutationFn: async (): Promise<Exported> => {
      const chosen = mode === 'daemon' ? await groupsOfDaemon(backend, daemon) : [...selected];
      const { bundle, warnings } = await exportBundle(backend, chosen, {
        platform: platform.label,
      });
      const fileName = bundleFileName(chosen, mode === 'daemon' ? daemon : undefined);
      download(fileName, serializeBundle(bundle));
      return {
        fileName,
        groups: bundle.groups.length,
        connectors: bundle.connectors.length,
        secrets: bundle.secrets.length,
        warnings,
      };
    },
  });

  const toggle = (name: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  const ready = mode === 'daemon' ? daemon !== '' : selected.size > 0;

  return (
    <div className="max-w-4xl space-y-5">
      <title>{`Export a bundle · ${platform.label} · Egeria Integration Console`}</title>
      <BundleNav current="export" />
      <div>
        <h1 className="text-2xl font-semibold">Export integration groups</h1>
        <p className="mt-1 text-sm text-slate-700">
          A bundle holds the groups, their registrations, each connector with its connection,
          connector type, endpoint and catalog targets, named by qualified name. Secrets are never
          exported: each becomes a named placeholder the import asks for. Import it on another
          platform with{' '}
          <Link to={bundleImportPath(platform.id)} className="text-sky-800 underline">
            Import a bundle
          </Link>
          .
        </p>
      </div>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) run.mutate();
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">What to export</legend>
          {(
            [
              { value: 'groups', label: 'Chosen groups', disabled: false },
              {
                value: 'daemon',
                label: 'Every group an integration daemon runs',
                disabled: platform.daemons.length === 0,
              },
            ] as const
          ).map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                checked={mode === option.value}
                onChange={() => setMode(option.value)}
                disabled={option.disabled}
              />
              {option.label}
            </label>
          ))}
        </fieldset>

        {mode === 'daemon' ? (
          <FilterSelect
            label="Integration daemon"
            value={daemon}
            onChange={setDaemon}
            options={platform.daemons.map((d) => ({ value: d, label: d }))}
            className="max-w-md"
          />
        ) : (
          <fieldset className="space-y-2" aria-describedby={groupsHintId}>
            <legend className="text-sm font-medium">Groups ({selected.size} chosen)</legend>
            <p id={groupsHintId} className="text-xs text-slate-600">
              Each group brings every connector it registers.
            </p>
            <FilterInput
              label="Filter the list"
              labelClassName="text-sm"
              value={filter}
              onChange={setFilter}
              className="max-w-md rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
            {groups.isPending ? (
              <Loading label="Reading the integration groups…" />
            ) : groups.error ? (
              <QueryErrorPanel title="Could not list the integration groups" read={groups} />
            ) : (
              <ul className="max-h-80 space-y-1 overflow-auto rounded-md border border-slate-200 bg-white p-2">
                {shown.map((name) => (
                  <li key={name}>
                    <label className="flex items-start gap-2 text-sm [overflow-wrap:anywhere]">
                      <input
                        type="checkbox"
                        className="mt-1"
                        checked={selected.has(name)}
                        onChange={(event) => toggle(name, event.target.checked)}
                      />
                      {name}
                    </label>
                  </li>
                ))}
                {shown.length === 0 ? (
                  <li className="text-sm text-slate-600">No group matches.</li>
                ) : null}
              </ul>
            )}
          </fieldset>
        )}

        <Button type="submit" variant="primary" disabled={!ready || run.isPending}>
          {run.isPending ? 'Exporting…' : 'Export and download'}
        </Button>
      </form>

      {run.error ? <ErrorPanel title="The export failed" error={run.error} /> : null}
      {run.data ? (
        <section
          aria-label="Export result"
          className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm"
          role="status"
        >
          <p>
            Downloaded <code>{run.data.fileName}</code>: {run.data.groups} group
            {run.data.groups === 1 ? '' : 's'}, {run.data.connectors} connector
            {run.data.connectors === 1 ? '' : 's'}
            {run.data.secrets > 0
              ? `, ${run.data.secrets} secret${run.data.secrets === 1 ? '' : 's'} left as placeholders`
              : ''}
            .
          </p>
          {run.data.warnings.length > 0 ? (
            <ul className="list-disc pl-5">
              {run.data.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
