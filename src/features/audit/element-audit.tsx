import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { AuditEntries } from './audit-entries';
import { elementAuditQueryOptions } from './audit-queries';

/**
 * "Actions taken through the console" on a connector's or a group's page: the audit entries that
 * name it (by GUID, qualifiedName or the name a daemon knows it by), newest first.
 */
export function ElementAudit({
  platformId,
  kind,
  names,
}: {
  platformId: string;
  kind: 'connector' | 'group';
  /** The element's GUID and names. */
  names: Array<string | undefined>;
}) {
  const titleId = useId();
  const audit = useQuery(
    elementAuditQueryOptions(
      platformId,
      kind,
      names.filter((n): n is string => !!n),
    ),
  );
  let body;
  if (audit.isPending) body = <Loading label="Reading the audit log…" />;
  else if (audit.isError)
    body = <ErrorPanel title="Could not read the audit log" error={audit.error} />;
  else if (audit.data.entries.length === 0)
    body = (
      <p className="text-sm text-slate-600">Nothing has been done to it through this console.</p>
    );
  else
    body = (
      <AuditEntries caption="Actions taken through the console" entries={audit.data.entries} />
    );
  return (
    <section aria-labelledby={titleId} className="mt-8">
      <h2 id={titleId} className="mb-2 text-lg font-semibold">
        Actions taken through the console
      </h2>
      {body}
    </section>
  );
}
