import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ItemResult } from '../../bundles/apply-plan';
import type { ImportPlan, PlanAction, PlanItem } from '../../bundles/import-plan';
import { DataTable, type DataColumn } from '../../components/data-table';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { maskSecrets } from '../../egeria/secrets';
import { FieldChangesTable, RequestList } from '../preview/preview-parts';
import { usePlatform } from '../platforms/platform-context';

const ACTION_TEXT: Record<PlanAction, string> = {
  create: 'Create',
  update: 'Update',
  unchanged: 'Leave alone',
  unresolved: 'Cannot resolve',
};
const ACTION_STYLE: Record<PlanAction, string> = {
  create: 'bg-emerald-100 text-emerald-900',
  update: 'bg-sky-100 text-sky-900',
  unchanged: 'bg-slate-100 text-slate-700',
  unresolved: 'bg-amber-100 text-amber-950',
};
const OUTCOME_TEXT: Record<ItemResult['outcome'], string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  failed: 'Failed',
  skipped: 'Not attempted',
  unresolved: 'Not resolved',
};

/**
 * The exact requests of one item's write, worked out by the dialect when first opened. A write
 * that names an element this import creates first cannot always be worked out before it exists.
 */
function Requests({
  item,
  placeholders,
}: {
  item: PlanItem;
  placeholders: Record<string, string>;
}) {
  const { platform, backend } = usePlatform();
  const [open, setOpen] = useState(false);
  const write = item.write;
  const previews = useQuery({
    queryKey: [
      'platform',
      platform.id,
      'bundle-request-preview',
      JSON.stringify(maskSecrets(write)),
    ],
    queryFn: () => (write ? backend.previewRequest(write) : Promise.resolve([])),
    enabled: open && !!write,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  if (!write) return null;
  const named = Object.entries(placeholders).filter(([name]) =>
    JSON.stringify(write).includes(name),
  );
  return (
    <details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-sky-800 underline">Requests</summary>
      {named.length > 0 ? (
        <ul className="mt-1 text-xs text-slate-700">
          {named.map(([name, what]) => (
            <li key={name}>
              <code>{name}</code> stands for {what}.
            </li>
          ))}
        </ul>
      ) : null}
      {previews.isPending && open ? <Loading label="Working out the requests…" /> : null}
      {previews.error ? (
        <ErrorPanel
          title={
            named.length > 0
              ? 'The requests depend on elements this import creates first; they are worked out when it runs'
              : 'The requests could not be worked out'
          }
          error={previews.error}
          headingLevel="h3"
        />
      ) : null}
      <RequestList requests={previews.data ?? []} />
    </details>
  );
}

export interface PlanTableProps {
  plan: ImportPlan;
  results: ReadonlyMap<string, ItemResult>;
  showUnchanged: boolean;
}

type PlanColumn = DataColumn<PlanItem, ImportPlan['placeholders'], ItemResult | undefined>;

const ELEMENT_COLUMNS: readonly PlanColumn[] = [
  {
    id: 'element',
    header: 'Element',
    rowHeader: true,
    fixed: true,
    className: 'max-w-md [overflow-wrap:anywhere]',
    cell: (item) => item.title,
  },
  {
    id: 'action',
    header: 'Dry run',
    cell: (item) => (
      <span
        className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${ACTION_STYLE[item.action]}`}
      >
        {ACTION_TEXT[item.action]}
      </span>
    ),
  },
  {
    id: 'details',
    header: 'Details',
    className: 'text-xs [overflow-wrap:anywhere]',
    cell: (item, placeholders) => (
      <>
        {item.reason ? <p className="text-amber-950">{item.reason}</p> : null}
        {item.changes.length > 0 && item.action !== 'unresolved' ? (
          <details open={item.action === 'update'}>
            <summary className="cursor-pointer">
              {item.action === 'create'
                ? `${item.changes.length} field${item.changes.length === 1 ? '' : 's'}`
                : `${item.changes.length} field change${item.changes.length === 1 ? '' : 's'}`}
            </summary>
            <FieldChangesTable
              changes={item.changes}
              caption={`Fields of ${item.title}`}
              beforeLabel="On the platform"
              afterLabel="After the import"
            />
          </details>
        ) : null}
        {item.notes.map((note) => (
          <p key={note} className="mt-1 text-slate-700">
            {note}
          </p>
        ))}
        <Requests item={item} placeholders={placeholders} />
      </>
    ),
  },
];

const RESULT_COLUMN: PlanColumn = {
  id: 'result',
  header: 'Result',
  className: 'text-xs',
  cell: (item, _placeholders, result) =>
    result ? (
      <>
        <span className="font-semibold">{OUTCOME_TEXT[result.outcome]}</span>
        {result.reason ? <p>{result.reason}</p> : null}
        {result.error ? (
          <ErrorPanel
            title={`Egeria refused: ${item.title}`}
            error={result.error}
            headingLevel="h3"
          />
        ) : null}
      </>
    ) : (
      <span className="text-slate-500">Waiting…</span>
    ),
};
const WITH_RESULTS = [...ELEMENT_COLUMNS, RESULT_COLUMN];

const itemId = (item: PlanItem) => item.id;
const itemAttributes = (item: PlanItem) => ({ 'data-action': item.action });

/** One row per element of the bundle: what the import does to it, why, and (after it) what happened. */
export function PlanTable({ plan, results, showUnchanged }: PlanTableProps) {
  const items = useMemo(
    () => plan.items.filter((i) => showUnchanged || i.action !== 'unchanged' || results.has(i.id)),
    [plan.items, showUnchanged, results],
  );
  return (
    <DataTable
      tableId="bundle-import-plan"
      caption="What the import does to each element"
      columns={results.size > 0 ? WITH_RESULTS : ELEMENT_COLUMNS}
      rows={items}
      getRowId={itemId}
      context={plan.placeholders}
      // Each row re-renders when its own result arrives, not when another's does.
      rowExtra={(item) => results.get(item.id)}
      rowAttributes={itemAttributes}
      viewKey={String(showUnchanged)}
      pagingLabel="Import plan pages"
    />
  );
}
