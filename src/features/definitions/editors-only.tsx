import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { useRole } from '../platforms/use-role';

/**
 * A definition screen for editors only: anyone else who opens its address (a bookmark, a shared
 * link) is told which role it needs instead of being shown a form the server would refuse.
 */
export function editorsOnly<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function EditorsOnly(props: P) {
    const { platform } = usePlatform();
    const reason = useRole().whyNot('editor', 'Changing definitions');
    if (!reason) return <Screen {...props} />;
    return (
      <div className="max-w-3xl">
        <title>{`Not allowed · ${platform.label} · Egeria Integration Console`}</title>
        <h1 className="text-xl font-semibold">Your role does not allow this</h1>
        <p className="mt-2 text-sm text-slate-700" data-role-notice="editor">
          {reason}
        </p>
        <Link to={groupsPath(platform.id)} className="mt-3 inline-block text-sky-800 underline">
          Go to the integration groups
        </Link>
      </div>
    );
  };
}
