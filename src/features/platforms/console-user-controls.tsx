import { useMutation, useQuery } from '@tanstack/react-query';
import { Button } from '../../components/button';
import type { PlatformInfo } from '../../egeria/platform-info';
import { meQueryOptions, signOutOfConsole } from './console-user-queries';

/**
 * The header's word on the console's own sign-in: who is signed in and their role on the current
 * platform, with sign-out; or, on a loopback console without sign-in, that there is none.
 */
export function ConsoleUserControls({ platform }: { platform: PlatformInfo | undefined }) {
  const me = useQuery(meQueryOptions());
  const signOut = useMutation({
    mutationFn: signOutOfConsole,
    // A full load: every cached answer belonged to the user who left.
    onSuccess: () => window.location.assign('/signin'),
  });
  if (!me.data) return null;
  const role = platform ? me.data.roles[platform.id] : undefined;
  if (!me.data.signInRequired) {
    return (
      <span
        className="rounded bg-slate-800 px-2 py-1 text-xs text-slate-200"
        title="The console listens on this machine only and has no sign-in: whoever uses it here is an administrator."
      >
        Local use · no sign-in
      </span>
    );
  }
  const user = me.data.user;
  if (!user) return null;
  return (
    <span className="inline-flex items-center gap-2 text-sm text-slate-200">
      <span>
        Console user{' '}
        <strong className="font-semibold text-white">{user.displayName ?? user.name}</strong>
        {platform ? (
          <span
            className="ml-1 rounded bg-slate-700 px-1.5 py-0.5 text-xs"
            data-console-role={role ?? 'none'}
          >
            {role ?? 'no role'}
          </span>
        ) : null}
      </span>
      <Button size="sm" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {signOut.isPending ? 'Signing out…' : 'Sign out of the console'}
      </Button>
    </span>
  );
}
