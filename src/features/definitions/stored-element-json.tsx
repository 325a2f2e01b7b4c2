import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import type { StoredElementKind } from '../../egeria/backend';
import { REDACTED } from '../../egeria/secrets';
import { connectorKeys, groupKeys } from '../../lib/query-keys';
import { usePlatform } from '../platforms/platform-context';

/** How a withheld secret reads in the view (the console's own marker never shows). */
const SET = 'set (withheld)';

const WHAT: Record<StoredElementKind, string> = {
  group: 'integration group',
  connector: 'integration connector',
};

/**
 * A read-only view of a group or connector as Egeria returned it, before the console maps it:
 * pretty-printed JSON with a copy button. Read only when opened; the console server withholds
 * every secret value, shown as "set (withheld)" (an empty value is "not set").
 */
export function StoredElementJson({ kind, guid }: { kind: StoredElementKind; guid: string }) {
  const { platform, backend } = usePlatform();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const keys = kind === 'group' ? groupKeys : connectorKeys;
  const stored = useQuery({
    // Under the element's own key, so every change to it reads it again.
    queryKey: [...keys.detail(platform.id, platform.metadataServer, guid), 'as-stored'],
    queryFn: ({ signal }) => backend.storedElement(kind, guid, signal),
    enabled: open,
    staleTime: 0,
  });
  const text =
    stored.data === undefined
      ? ''
      : JSON.stringify(stored.data, (_, v: unknown) => (v === REDACTED ? SET : v), 2);
  return (
    <section aria-labelledby={titleId}>
      <details
        className="rounded-lg border border-slate-200 bg-white"
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium">
          <h2 id={titleId} className="inline text-base font-semibold">
            JSON as Egeria holds it
          </h2>
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-4">
          <p className="text-xs text-slate-600">
            The {WHAT[kind]} exactly as Egeria returned it, read only. Secret values never leave the
            console server: a secret that is set reads “{SET}”; an empty one is not set.
          </p>
          {stored.isPending && open ? (
            <Loading label={`Reading the ${WHAT[kind]} from Egeria…`} />
          ) : stored.isError ? (
            <QueryErrorPanel title={`Could not read the ${WHAT[kind]} from Egeria`} read={stored} />
          ) : text ? (
            <>
              <CopyButton value={text} label="Copy the JSON" />
              {/* It scrolls: focusable and named, so a keyboard can scroll it too. */}
              <pre
                // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
                tabIndex={0}
                role="region"
                aria-label={`The ${WHAT[kind]} as JSON`}
                className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-50"
              >
                <code>{text}</code>
              </pre>
            </>
          ) : null}
        </div>
      </details>
    </section>
  );
}
