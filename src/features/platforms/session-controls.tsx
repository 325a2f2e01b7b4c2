import { useQuery } from '@tanstack/react-query';
import { Button } from '../../components/button';
import { requiresSignIn, type PlatformInfo } from '../../egeria/platform-info';
import { usePlatform } from './platform-context';
import { useSignInControls } from './session-context';
import { sessionQueryOptions } from './session-queries';

/** The header's sign-in state for a platform that needs one: who is signed in, and sign out. */
export function SessionControls() {
  const { platform } = usePlatform();
  if (!requiresSignIn(platform)) return null;
  return <SessionControlsFor platform={platform} />;
}

function SessionControlsFor({ platform }: { platform: PlatformInfo }) {
  const session = useQuery(sessionQueryOptions(platform));
  const controls = useSignInControls();
  if (!session.data || !controls) return null;
  if (!session.data.signedIn) {
    return (
      <Button size="sm" onClick={controls.openSignIn}>
        Sign in
      </Button>
    );
  }
  return (
    <span className="inline-flex items-center gap-2 text-sm text-slate-200">
      <span>
        Signed in as <strong className="font-semibold text-white">{session.data.userId}</strong>
      </span>
      <Button size="sm" onClick={controls.signOut} disabled={controls.signingOut}>
        {controls.signingOut ? 'Signing out…' : 'Sign out'}
      </Button>
    </span>
  );
}
