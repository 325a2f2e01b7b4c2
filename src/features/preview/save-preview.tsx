import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { ErrorPanel } from '../../components/error-panel';
import type { RequestPreview, WriteRequest } from '../../egeria/backend';
import { maskSecrets } from '../../egeria/secrets';
import { usePlatform } from '../platforms/platform-context';
import type { FieldChange } from '../../lib/field-diff';
import type { ImpactItem } from './impact-item';
import { curlScript } from '../../egeria/curl';
import { FieldChangesTable, RequestList } from './preview-parts';

export interface SavePreviewProps {
  /** "Review the changes to Clinical Trials". */
  title: string;
  /** Field changes; left out for deletes, which change no field. */
  changes?: FieldChange[];
  /** Table headings: "Stored in Egeria" / "After saving" by default. */
  beforeLabel?: string;
  afterLabel?: string;
  /** The writes the save will make; the dialect describes the exact requests. */
  writes: WriteRequest[];
  impact: ImpactItem[];
  /** Still working out the impact (lists being read). */
  impactPending?: boolean;
  confirmLabel: string;
  confirmVariant?: 'primary' | 'danger';
  saving: boolean;
  error?: unknown;
  errorTitle?: string;
  onBack?: () => void;
  backLabel?: string;
  onConfirm: () => void;
  /** Shown under the heading (what a delete takes with it). */
  children?: ReactNode;
}

/**
 * What a save will do, before it is done: each field that changes, the exact Egeria requests (secret
 * values masked), and the other elements it touches. Focus moves to its heading when it appears.
 */
export function SavePreview({
  title,
  changes,
  beforeLabel = 'Stored in Egeria',
  afterLabel = 'After saving',
  writes,
  impact,
  impactPending,
  confirmLabel,
  confirmVariant = 'primary',
  saving,
  error,
  errorTitle = 'Egeria refused the change',
  onBack,
  backLabel = 'Back to editing',
  onConfirm,
  children,
}: SavePreviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const changesId = useId();
  const requestsId = useId();
  const impactId = useId();
  const previews = useRequestPreviews(writes);
  const { platform } = usePlatform();
  const requests = previews.data ?? [];
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby={`${changesId}-title`} className="space-y-5">
      <h2
        id={`${changesId}-title`}
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {title}
      </h2>
      {error ? <ErrorPanel title={errorTitle} error={error} /> : null}
      {children}

      {changes ? (
        <section aria-labelledby={changesId} className="space-y-2">
          <h3 id={changesId} className="text-base font-semibold">
            Changes
          </h3>
          {changes.length === 0 ? (
            <p className="text-sm text-slate-700">No field changes.</p>
          ) : (
            <FieldChangesTable
              changes={changes}
              caption="Field changes"
              beforeLabel={beforeLabel}
              afterLabel={afterLabel}
            />
          )}
        </section>
      ) : null}

      <section aria-labelledby={impactId} className="space-y-2">
        <h3 id={impactId} className="text-base font-semibold">
          What else this affects
        </h3>
        {impactPending ? (
          <p role="status" className="text-sm text-slate-600">
            Checking other groups and connectors…
          </p>
        ) : impact.length === 0 ? (
          <p className="text-sm text-slate-700">
            Nothing else: no other element uses what changes.
          </p>
        ) : (
          <ul className="space-y-2">
            {impact.map((item) => (
              <li
                key={item.key}
                className={`rounded-md border p-3 text-sm ${item.tone === 'warning' ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-white'}`}
              >
                <p className="font-medium [overflow-wrap:anywhere]">
                  {item.tone === 'warning' ? <span aria-hidden="true">⚠ </span> : null}
                  {item.title}
                </p>
                {item.note ? <p className="mt-1">{item.note}</p> : null}
                {item.names && item.names.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5 [overflow-wrap:anywhere]">
                    {item.names.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={requestsId} className="space-y-2">
        <h3 id={requestsId} className="text-base font-semibold">
          {requests.length === 1
            ? 'The request to Egeria'
            : `The ${requests.length} requests to Egeria, in order`}
        </h3>
        <p className="text-xs text-slate-600">
          Exactly what the console sends, below the platform’s address. Secret values are masked;
          GUIDs Egeria has yet to hand out appear as placeholders. Copied as curl, the platform’s
          address, the token and every secret are shell variables to set first.
        </p>
        {previews.isPending ? (
          <p role="status" className="text-sm text-slate-600">
            Working out the requests…
          </p>
        ) : null}
        {previews.error ? (
          <ErrorPanel title="The requests could not be worked out" error={previews.error} />
        ) : null}
        {requests.length > 1 ? (
          <CopyButton
            value={curlScript(requests, platform.dialect)}
            label="Copy all as curl: every request, in order"
            text="Copy all as curl"
          />
        ) : null}
        <RequestList requests={requests} dialect={platform.dialect} />
      </section>

      <div className="flex flex-wrap gap-3">
        {onBack ? (
          <Button onClick={onBack} disabled={saving}>
            {backLabel}
          </Button>
        ) : null}
        <Button
          variant={confirmVariant}
          onClick={onConfirm}
          disabled={saving || impactPending || previews.isPending}
        >
          {saving ? 'Saving…' : confirmLabel}
        </Button>
      </div>
    </section>
  );
}

/**
 * The dialect's description of each write. The cache key holds the writes with their secrets
 * masked, so no typed secret is kept in the query cache.
 */
function useRequestPreviews(writes: WriteRequest[]) {
  const { platform, backend } = usePlatform();
  return useQuery({
    queryKey: ['platform', platform.id, 'request-preview', JSON.stringify(maskSecrets(writes))],
    queryFn: async (): Promise<RequestPreview[]> =>
      (await Promise.all(writes.map((write) => backend.previewRequest(write)))).flat(),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}
