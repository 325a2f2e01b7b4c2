import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useLoaderData, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../components/button';
import { ErrorPanel } from '../components/error-panel';
import { OIDC_SIGN_IN_PATH, safeNextPath, type MeResponse } from '../egeria/console-user';
import { meQueryOptions, signInWithPassword } from '../features/platforms/console-user-queries';

/**
 * The console's own sign-in (any deployment that is not loopback-only): a user name and password
 * from the console's users file, and/or the organisation's OpenID Connect provider. Afterwards the
 * browser goes back to the page it asked for (the provider's way round that is a redirect to it).
 */
export function SignInPage() {
  const me = useLoaderData() as MeResponse;
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const providerError = params.get('error');
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="bg-slate-900 text-slate-50">
        <div className="mx-auto flex max-w-screen-2xl items-center gap-2 px-4 py-3 text-lg font-semibold">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Egeria Integration Console
        </div>
      </header>
      <main className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        <title>Sign in · Egeria Integration Console</title>
        <h1 className="text-xl font-semibold">Sign in to the console</h1>
        <p className="mt-2 text-sm text-slate-600">
          This console is shared: what you may see and change depends on your role, and every change
          is recorded with your name.
        </p>
        {providerError ? (
          <p
            role="alert"
            className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950"
          >
            {providerError}
          </p>
        ) : null}
        {me.methods.includes('oidc') ? (
          <p className="mt-6">
            <a
              href={`${OIDC_SIGN_IN_PATH}?next=${encodeURIComponent(next)}`}
              className="inline-flex rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800"
            >
              Sign in with your organisation’s account
            </a>
          </p>
        ) : null}
        {me.methods.includes('password') ? <PasswordSignIn next={next} /> : null}
      </main>
    </div>
  );
}

function PasswordSignIn({ next }: { next: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => signInWithPassword(name.trim(), password),
    onSuccess: async (me) => {
      // Nothing was read before the sign-in but who is signed in; that is now this user.
      queryClient.setQueryData(meQueryOptions().queryKey, me);
      await navigate(next, { replace: true });
    },
    onError: () => setPassword(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && password) signIn.mutate();
  };
  return (
    <form onSubmit={submit} className="mt-6 space-y-4" aria-label="Console sign-in">
      <CredentialField
        id={`${id}-name`}
        label="User name"
        name="username"
        autoComplete="username"
        value={name}
        onChange={setName}
      />
      <CredentialField
        id={`${id}-password`}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      {signIn.error ? <ErrorPanel title="Not signed in" error={signIn.error} /> : null}
      <Button type="submit" variant="primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

function CredentialField({
  id,
  label,
  onChange,
  ...input
}: {
  id: string;
  label: string;
  name: string;
  type?: 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        required
        {...input}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5"
      />
    </div>
  );
}
