import { Link } from 'react-router';
import type { PlatformInfo } from '../../egeria/platform-info';
import { groupsPath } from '../../lib/paths';

export interface UnknownPlatformProps {
  platformId: string;
  platforms: PlatformInfo[];
}

/** Said when a URL names a platform that is not configured: which one, and which ones are. */
export function UnknownPlatform({ platformId, platforms }: UnknownPlatformProps) {
  return (
    <section aria-labelledby="unknown-platform-title" className="max-w-2xl">
      <title>Unknown platform · Egeria Integration Console</title>
      <h1 id="unknown-platform-title" className="text-xl font-semibold">
        Unknown platform
      </h1>
      <p className="mt-2">
        No platform with the id <code className="rounded bg-slate-100 px-1">{platformId}</code> is
        configured in this console.
      </p>
      {platforms.length > 0 ? (
        <>
          <h2 className="mt-4 font-semibold">Configured platforms</h2>
          <ul className="mt-1 list-disc pl-6">
            {platforms.map((platform) => (
              <li key={platform.id}>
                <Link className="text-sky-800 underline" to={groupsPath(platform.id)}>
                  {platform.label}
                </Link>{' '}
                <span className="text-slate-600">
                  (id <code>{platform.id}</code>
                  {platform.sandbox ? ', sandbox' : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <NoPlatformsText />
      )}
    </section>
  );
}

function NoPlatformsText() {
  return (
    <p className="mt-2">
      No platforms are configured. Add one to the console server&apos;s configuration and restart
      it.
    </p>
  );
}

/** The home page when the console server has no platform configured. */
export function NoPlatforms() {
  return (
    <section aria-labelledby="no-platforms-title" className="max-w-2xl">
      <title>No platforms · Egeria Integration Console</title>
      <h1 id="no-platforms-title" className="text-xl font-semibold">
        No platforms configured
      </h1>
      <NoPlatformsText />
    </section>
  );
}
