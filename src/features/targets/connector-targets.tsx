/**
 * A connector's catalog targets on its page: each with its element, and edit and remove; plus
 * linking a new one through the element search. Reads the same cache entry as the graph and the
 * group page's counts, so a change made here shows there too.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { Button } from '../../components/button';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import type { CatalogTarget, IntegrationConnector } from '../../egeria/model';
import { formatCount } from '../../lib/format';
import { catalogTargetsQueryOptions } from '../groups/group-queries';
import { usePlatform } from '../platforms/platform-context';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';
import type { TargetDialogRequest } from './target-dialog';

const TargetDialog = lazy(() => import('./target-dialog'));
const ChooseElementDialog = lazy(() =>
  import('./link-pickers').then((m) => ({ default: m.ChooseElementDialog })),
);

type Step = { kind: 'choose' } | { kind: 'target'; request: TargetDialogRequest };

function describeTarget(target: CatalogTarget): string {
  return (
    target.element?.displayName ??
    target.element?.qualifiedName ??
    target.element?.guid ??
    'element not reported'
  );
}

export function ConnectorTargets({ connector }: { connector: IntegrationConnector }) {
  const scope = usePlatform();
  const titleId = useId();
  const name = connector.name ?? connector.qualifiedName;
  const targets = useQuery(catalogTargetsQueryOptions(scope, connector.guid));
  const [step, setStep] = useState<Step | null>(null);
  const [message, setMessage] = useState('');
  const canEdit = useRole().allows('editor');
  const open = (mode: 'edit' | 'remove', target: CatalogTarget) => {
    setMessage('');
    setStep({ kind: 'target', request: { mode, connector, connectorName: name, target } });
  };

  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h2 id={titleId} className="text-lg font-semibold">
        Catalog targets
      </h2>
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
      {targets.isPending ? <Loading label="Loading the catalog targets…" /> : null}
      {targets.isError ? (
        <QueryErrorPanel title="Could not load the catalog targets" read={targets} />
      ) : null}
      {targets.data ? (
        targets.data.length === 0 ? (
          <p className="text-sm text-slate-700">
            No catalog targets: the connector works from its connection alone.
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {formatCount(targets.data.length, 'catalog target')}
            </p>
            <ul
              aria-label="Catalog targets"
              className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
            >
              {targets.data.map((target) => (
                <li
                  key={target.relationshipGuid}
                  className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
                >
                  <div className="[overflow-wrap:anywhere]">
                    <p className="font-medium">{target.catalogTargetName || '(no name)'}</p>
                    <p className="text-slate-700">
                      {target.element?.typeName ? `${target.element.typeName}: ` : ''}
                      {describeTarget(target)}
                    </p>
                  </div>
                  <div className="flex gap-2" hidden={!canEdit}>
                    <Button
                      size="sm"
                      aria-label={`Edit catalog target ${target.catalogTargetName} (${describeTarget(target)})`}
                      onClick={() => open('edit', target)}
                    >
                      Edit…
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={`Remove catalog target ${target.catalogTargetName} (${describeTarget(target)})`}
                      onClick={() => open('remove', target)}
                    >
                      Remove…
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      <RoleNotice needs="editor" doing="Linking, changing or removing catalog targets" />
      {canEdit ? (
        <Button
          onClick={() => {
            setMessage('');
            setStep({ kind: 'choose' });
          }}
        >
          Link a catalog target…
        </Button>
      ) : null}
      <Suspense fallback={null}>
        {step?.kind === 'choose' ? (
          <ChooseElementDialog
            connectorName={name}
            supportedAssetTypeName={connector.connection?.connectorType?.supportedAssetTypeName}
            onClose={() => setStep(null)}
            onChoose={(element) =>
              setStep({
                kind: 'target',
                request: { mode: 'add', connector, connectorName: name, element },
              })
            }
          />
        ) : step?.kind === 'target' ? (
          <TargetDialog
            request={step.request}
            onClose={() => setStep(null)}
            onDone={(text) => {
              setStep(null);
              setMessage(text);
            }}
          />
        ) : null}
      </Suspense>
    </section>
  );
}
