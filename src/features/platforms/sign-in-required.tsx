import { Button } from '../../components/button';
import type { PlatformInfo } from '../../egeria/platform-info';
import { useSignInControls } from './session-context';

/** What a page of a platform shows while the user is not signed in to it. */
export function SignInRequired({ platform }: { platform: PlatformInfo }) {
  const controls = useSignInControls();
  return (
    <section aria-labelledby="sign-in-required-title" className="max-w-2xl">
      <title>{`Sign in · ${platform.label} · Egeria Integration Console`}</title>
      <h1 id="sign-in-required-title" className="text-xl font-semibold">
        Sign in to {platform.label}
      </h1>
      <p className="mt-2">
        This platform needs you to sign in before the console can show its integration groups.
      </p>
      {controls ? (
        <Button className="mt-4" variant="primary" onClick={controls.openSignIn}>
          Sign in
        </Button>
      ) : null}
    </section>
  );
}
