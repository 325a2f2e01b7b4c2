import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { applyPlan, summarize, type ApplyReport, type ItemResult } from '../../bundles/apply-plan';
import type { Bundle } from '../../bundles/bundle-format';
import { parseBundle } from '../../bundles/bundle-io';
import { planImport, type ImportPlan } from '../../bundles/import-plan';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Labelled } from '../../components/filter-select';
import { connectorKeys, groupKeys } from '../../lib/query-keys';
import { ConfirmDialog } from '../monitor/confirm-dialog';
import { usePlatform } from '../platforms/platform-context';
import { BundleNav } from './bundle-nav';
import { PlanTable } from './plan-table';

/** A bundle file is a few hundred kilobytes at most; refuse what is clearly something else. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * /p/{platformId}/bundles/import: pick or paste a bundle, give the values of its secrets, see the
 * dry run (what each element becomes, with the field changes and the exact requests), apply it
 * and see what happened to each element.
 */
export function ImportPage() {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const ids = { file: useId(), replace: useId(), secrets: useId() };
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [bundle, setBundle] = useState<Bundle | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [secretValues, setSecretValues] = useState<Record<string, string>>({});
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [results, setResults] = useState<ReadonlyMap<string, ItemResult>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const planHeading = useRef<HTMLHeadingElement>(null);

  // gcTime 0: a plan's writes hold the secret values typed here; none outlives the page.
  const dryRun = useMutation({
    gcTime: 0,
    mutationFn: (b: Bundle): Promise<ImportPlan> =>
      planImport(backend, b, { secrets: { values: secretValues, replaceExisting } }),
    onMutate: () => setResults(new Map()),
  });
  const apply = useMutation({
    gcTime: 0,
    mutationFn: (plan: ImportPlan): Promise<ApplyReport> =>
      applyPlan(backend, plan, {
        onResult: (result) => setResults((previous) => new Map(previous).set(result.id, result)),
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: groupKeys.all(platform.id, platform.metadataServer),
        }),
        queryClient.invalidateQueries({
          queryKey: connectorKeys.all(platform.id, platform.metadataServer),
        }),
      ]),
  });
  const plan = dryRun.data;

  useEffect(() => {
    if (plan) planHeading.current?.focus();
  }, [plan]);

  const read = (value: string) => {
    setText(value);
    const parsed = parseBundle(value);
    dryRun.reset();
    apply.reset();
    setResults(new Map());
    if (parsed.ok) {
      setBundle(parsed.bundle);
      setProblems([]);
    } else {
      setBundle(undefined);
      setProblems(parsed.problems);
    }
  };

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(
        `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB: too large for a bundle file.`,
      );
      return;
    }
    read(await file.text());
  };

  const placed = bundle?.secrets ?? [];
  const busy = dryRun.isPending || apply.isPending;
  const toDo = plan ? plan.counts.create + plan.counts.update : 0;

  return (
    <div className="max-w-6xl space-y-5">
      <title>{`Import a bundle · ${platform.label} · Egeria Integration Console`}</title>
      <BundleNav current="import" />
      <div>
        <h1 className="text-2xl font-semibold">Import a bundle into {platform.label}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Elements are matched by qualified name: what is missing is created, what differs is
          updated, the rest is left alone. Nothing is written before you apply the dry run, and
          applying the same bundle again changes nothing.
        </p>
      </div>

      <section aria-labelledby={`${ids.file}-h`} className="space-y-3">
        <h2 id={`${ids.file}-h`} className="text-lg font-semibold">
          1. The bundle
        </h2>
        <Labelled label="Bundle file">
          {(id) => (
            <input
              id={id}
              type="file"
              accept=".json,application/json"
              onChange={(event) => void onFile(event.target.files?.[0])}
              className="text-sm"
            />
          )}
        </Labelled>
        <Labelled label="Or paste it">
          {(id) => (
            <textarea
              id={id}
              value={text}
              rows={8}
              spellCheck={false}
              onChange={(event) => read(event.target.value)}
              className="rounded-md border border-slate-300 p-2 font-mono text-xs"
            />
          )}
        </Labelled>
        {fileError ? (
          <p role="alert" className="text-sm text-red-800">
            {fileError}
          </p>
        ) : null}
        {problems.length > 0 && text.trim() !== '' ? (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950"
          >
            <p className="font-semibold">This is not a bundle the console can import:</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p} className="[overflow-wrap:anywhere]">
                  {p}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {bundle ? (
          <p role="status" className="text-sm text-slate-800">
            {bundle.groups.length} group{bundle.groups.length === 1 ? '' : 's'},{' '}
            {bundle.connectors.length} connector
            {bundle.connectors.length === 1 ? '' : 's'}
            {bundle.source?.platform ? `, exported from ${bundle.source.platform}` : ''}
            {bundle.source?.dialect
              ? ` (${bundle.source.dialect === 'v6' ? 'Egeria 6.x' : 'Egeria 5.x'})`
              : ''}
            .
          </p>
        ) : null}
      </section>

      {bundle && placed.length > 0 ? (
        <section aria-labelledby={ids.secrets} className="space-y-3">
          <h2 id={ids.secrets} className="text-lg font-semibold">
            2. Secrets
          </h2>
          <p className="text-sm text-slate-700">
            The bundle holds no secret values. Give the value of each secret a new connection needs;
            one the platform already holds is kept unless you choose to replace it. Values are sent
            to Egeria with the import and kept nowhere else.
          </p>
          <div className="grid max-w-3xl gap-3">
            {placed.map((secret) => (
              <div key={secret.name} className="flex flex-col gap-1">
                <label
                  htmlFor={`${ids.secrets}-${secret.name}`}
                  className="text-sm font-medium [overflow-wrap:anywhere]"
                >
                  {secret.name}
                </label>
                {secret.description ? (
                  <span className="text-xs text-slate-600">{secret.description}</span>
                ) : null}
                <input
                  id={`${ids.secrets}-${secret.name}`}
                  type="password"
                  autoComplete="off"
                  value={secretValues[secret.name] ?? ''}
                  onChange={(event) =>
                    setSecretValues((values) => ({ ...values, [secret.name]: event.target.value }))
                  }
                  className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                />
              </div>
            ))}
          </div>
          <label htmlFor={ids.replace} className="flex items-center gap-2 text-sm">
            <input
              id={ids.replace}
              type="checkbox"
              checked={replaceExisting}
              onChange={(event) => setReplaceExisting(event.target.checked)}
            />
            Replace secrets the platform already holds with the values given
          </label>
        </section>
      ) : null}

      {bundle ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="primary" disabled={busy} onClick={() => dryRun.mutate(bundle)}>
            {dryRun.isPending ? 'Working out the dry run…' : plan ? 'Dry run again' : 'Dry run'}
          </Button>
        </div>
      ) : null}
      {dryRun.error ? (
        <ErrorPanel title="The dry run could not read the platform" error={dryRun.error} />
      ) : null}

      {plan ? (
        <section aria-labelledby={`${ids.file}-plan`} className="space-y-3">
          <h2
            id={`${ids.file}-plan`}
            ref={planHeading}
            tabIndex={-1}
            className="text-lg font-semibold focus:outline-none"
          >
            3. Dry run against {platform.label}
          </h2>
          <p role="status" className="text-sm font-medium">
            {plan.counts.create} to create, {plan.counts.update} to update, {plan.counts.unchanged}{' '}
            left alone, {plan.counts.unresolved} cannot be resolved.
          </p>
          {plan.secrets.some((s) => s.state === 'missing') ? (
            <p className="text-sm text-amber-950">
              Secrets with no value:{' '}
              {plan.secrets
                .filter((s) => s.state === 'missing')
                .map((s) => s.name)
                .join(', ')}
              . Give them above and run the dry run again.
            </p>
          ) : null}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />
            Show the elements left alone
          </label>
          <PlanTable plan={plan} results={results} showUnchanged={showUnchanged} />
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="primary"
              disabled={busy || toDo === 0 || apply.isSuccess}
              onClick={() => setConfirming(true)}
            >
              {apply.isPending ? 'Applying…' : `Apply (${toDo} change${toDo === 1 ? '' : 's'})`}
            </Button>
            {toDo === 0 ? (
              <span className="text-sm text-slate-700">
                Nothing to apply: the platform holds what the bundle says.
              </span>
            ) : null}
          </div>
          {apply.error ? <ErrorPanel title="The import stopped" error={apply.error} /> : null}
          {apply.data ? (
            <p
              role="status"
              className={`rounded-md border p-3 text-sm ${apply.data.complete ? 'border-emerald-300 bg-emerald-50' : 'border-amber-300 bg-amber-50'}`}
            >
              {summarize(apply.data)}
            </p>
          ) : null}
        </section>
      ) : null}

      {confirming && plan ? (
        <ConfirmDialog
          title={`Apply the import to ${platform.label}?`}
          confirmLabel="Apply"
          tone="primary"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            apply.mutate(plan);
          }}
        >
          <p>
            {plan.counts.create} element{plan.counts.create === 1 ? '' : 's'} will be created and{' '}
            {plan.counts.update} updated. Daemons running these groups pick the changes up when
            their configuration is refreshed.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
