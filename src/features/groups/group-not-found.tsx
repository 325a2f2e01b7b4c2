import { Link } from 'react-router';
import type { PlatformInfo } from '../../egeria/platform-info';
import { groupsPath } from '../../lib/paths';

/** Said when no group has the qualifiedName in the URL: which name was looked up, and where. */
export function GroupNotFound({
  qualifiedName,
  platform,
}: {
  qualifiedName: string;
  platform: PlatformInfo;
}) {
  return (
    <section aria-labelledby="group-not-found-title" className="max-w-2xl space-y-3">
      <title>{`Group not found · ${platform.label} · Egeria Integration Console`}</title>
      <h1 id="group-not-found-title" className="text-xl font-semibold">
        Integration group not found
      </h1>
      <p>
        No integration group with the qualified name{' '}
        <code className="rounded bg-slate-100 px-1 [overflow-wrap:anywhere]">{qualifiedName}</code>{' '}
        exists on metadata server <code>{platform.metadataServer}</code> of {platform.label}.
      </p>
      <p>
        <Link to={groupsPath(platform.id)} className="text-sky-800 underline">
          Back to all integration groups
        </Link>
      </p>
    </section>
  );
}
