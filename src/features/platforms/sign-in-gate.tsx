import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useRevalidator } from 'react-router';
import { EgeriaError } from '../../egeria/errors';
import { requiresSignIn, type PlatformInfo } from '../../egeria/platform-info';
import type { SessionInfo } from '../../egeria/session';
import { platformKeys } from '../../lib/query-keys';
import { usePlatform } from './platform-context';
import { SignInContext, type SignInControls } from './session-context';
import { isSignInRequired, sessionQueryOptions, signOut } from './session-queries';
// The form library comes with the dialog, fetched only for platforms that need a sign-in.
const SignInDialog = lazy(async () => ({
  default: (await import('./sign-in-dialog')).SignInDialog,
}));

/**
 * Sign-in for platforms that need it (6.x): shows the sign-in dialog when the user is not signed
 * in, notices when any call to the platform is refused for want of a sign-in (a token expires after
 * an hour, and with every platform restart), and after a sign-in retries what failed. Other
 * platforms pass straight through.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const { platform } = usePlatform();
  if (!requiresSignIn(platform)) return children;
  return <SignInGateFor platform={platform}>{children}</SignInGateFor>;
}

const belongsTo = (platformId: string, key: QueryKey) =>
  key[0] === 'platform' && key[1] === platformId;
const isSessionKey = (key: QueryKey) => key[2] === 'session';
/** The origin needs no sign-in (it is the health check); it keeps polling throughout. */
const isOriginKey = (key: QueryKey) => key[2] === 'origin';

function SignInGateFor({ platform, children }: { platform: PlatformInfo; children: ReactNode }) {
  const queryClient = useQueryClient();
  // Stable for the router's life.
  const { revalidate } = useRevalidator();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useQuery(sessionQueryOptions(platform));
  const [dismissed, setDismissed] = useState(false);
  const sessionKey = platformKeys.session(platform.id);

  // A refused call anywhere on this platform ends the sign-in: the pages give way to the prompt.
  useEffect(() => {
    const platformId = platform.id;
    const ended = (error: unknown) => {
      if (!isSignInRequired(error)) return;
      if (error instanceof EgeriaError && error.parameters?.[0] !== platformId) return;
      queryClient.setQueryData<SessionInfo>(platformKeys.session(platformId), (old) =>
        old ? { ...old, signedIn: false, expired: old.signedIn || old.expired } : old,
      );
      setDismissed(false);
      void revalidate();
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || !belongsTo(platformId, event.query.queryKey)) return;
      if (event.action.type === 'error') ended(event.action.error);
      // The status feed puts its failures (a refused sign-in among them) straight into the query.
      else if (event.action.type === 'setState' && event.action.state.error)
        ended(event.action.state.error);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') ended(event.action.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [platform.id, queryClient, revalidate]);

  const signOutMutation = useMutation({
    mutationFn: () => signOut(platform.id),
    onSuccess: async (info) => {
      setDismissed(true);
      queryClient.setQueryData(sessionKey, info);
      // Pages first give way to the prompt, then their data goes, so nothing is fetched in between.
      await revalidate();
      queryClient.removeQueries({
        predicate: (q) =>
          belongsTo(platform.id, q.queryKey) &&
          !isSessionKey(q.queryKey) &&
          !isOriginKey(q.queryKey),
      });
    },
  });

  const controls = useMemo<SignInControls>(
    () => ({
      openSignIn: () => setDismissed(false),
      signOut: () => signOutMutation.mutate(),
      signingOut: signOutMutation.isPending,
    }),
    [signOutMutation],
  );

  async function onSignedIn(info: SessionInfo) {
    queryClient.setQueryData(sessionKey, info);
    setDismissed(false);
    // Retry what was refused: the page's loaders, then every query of this platform.
    // A fresh navigation to the same address, not a revalidation: the router keeps a loader's
    // earlier error (the sign-in prompt) through a revalidation that succeeds.
    await navigate(`${location.pathname}${location.search}`, { replace: true });
    await queryClient.invalidateQueries({
      predicate: (q) => belongsTo(platform.id, q.queryKey) && !isSessionKey(q.queryKey),
    });
  }

  const needsSignIn = session.data ? !session.data.signedIn : false;
  return (
    <SignInContext value={controls}>
      {children}
      {needsSignIn && !dismissed ? (
        <Suspense fallback={null}>
          <SignInDialog
            key={platform.id}
            platform={platform}
            suggestedUserId={session.data?.userId ?? platform.userId}
            expired={session.data?.expired === true}
            onSignedIn={(info) => void onSignedIn(info)}
            onDismiss={() => setDismissed(true)}
          />
        </Suspense>
      ) : null}
    </SignInContext>
  );
}
