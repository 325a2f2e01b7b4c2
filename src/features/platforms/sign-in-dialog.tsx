import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { FormProvider, useForm } from 'react-hook-form';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { TextField } from '../../components/form';
import { EgeriaError } from '../../egeria/errors';
import type { PlatformInfo } from '../../egeria/platform-info';
import { CREDENTIALS_REFUSED_MESSAGE_ID, type SessionInfo } from '../../egeria/session';
import { SignInRequestSchema, type SignInRequest } from '../../egeria/sign-in-request';
import { useModalKeys } from '../monitor/confirm-dialog';
import { signIn } from './session-queries';

export interface SignInDialogProps {
  platform: PlatformInfo;
  /** The user id to suggest: the last one signed in, else the platform's configured one. */
  suggestedUserId?: string;
  /** The platform refused an earlier sign-in (it expired, or the platform restarted). */
  expired: boolean;
  onSignedIn(info: SessionInfo): void;
  onDismiss(): void;
}

/**
 * The modal that asks for a 6.x platform's user id and password. The password goes to the console
 * server, which gets the platform's token and keeps it; nothing is stored in the browser. The rest
 * of the page is inert while it is open; Tab stays inside it, and Escape closes it.
 */
export function SignInDialog({
  platform,
  suggestedUserId,
  expired,
  onSignedIn,
  onDismiss,
}: SignInDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const form = useForm<SignInRequest>({
    resolver: zodResolver(SignInRequestSchema),
    defaultValues: { userId: suggestedUserId ?? '', password: '' },
  });
  const mutation = useMutation({
    mutationFn: (credentials: SignInRequest) => signIn(platform.id, credentials),
    onSuccess: (info) => onSignedIn(info),
    // The password is not kept once it has been sent, right or wrong.
    onSettled: () => form.resetField('password'),
  });

  // Background inert while open; focus back where it was on close.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    form.setFocus(suggestedUserId ? 'password' : 'userId');
    return () => {
      root?.removeAttribute('inert');
      previous?.focus?.();
    };
  }, [form, suggestedUserId]);

  useModalKeys(dialog, onDismiss);

  const refused =
    mutation.error instanceof EgeriaError &&
    mutation.error.messageId === CREDENTIALS_REFUSED_MESSAGE_ID;

  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-4">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="w-full max-w-md rounded-lg bg-white p-6 text-slate-900 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Sign in to {platform.label}
        </h2>
        <p id={descriptionId} className="mt-2 text-sm text-slate-700">
          {expired
            ? 'Your sign-in to this platform has ended (sign-ins last an hour, and end when the platform restarts). Sign in again to carry on where you were.'
            : 'This platform runs Egeria 6, which needs your user id and password. The console server keeps the platform’s token; your browser never holds it.'}
        </p>
        <form
          className="mt-4 flex flex-col gap-3"
          noValidate
          onSubmit={(event) => void form.handleSubmit((values) => mutation.mutate(values))(event)}
        >
          <FormProvider {...form}>
            <TextField
              name="userId"
              label="User id"
              inputProps={{ autoComplete: 'username', autoCapitalize: 'none', spellCheck: false }}
            />
            <TextField
              name="password"
              type="password"
              label="Password"
              inputProps={{ autoComplete: 'current-password' }}
            />
          </FormProvider>
          {refused ? (
            <p
              role="alert"
              className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-950"
            >
              <strong>Wrong user id or password.</strong> {platform.label} did not accept them;
              check both (they are case-sensitive) and try again.{' '}
              <code className="text-xs">{CREDENTIALS_REFUSED_MESSAGE_ID}</code>
            </p>
          ) : mutation.error ? (
            <ErrorPanel headingLevel="h3" title="Could not sign in" error={mutation.error} />
          ) : null}
          <div className="mt-2 flex justify-end gap-2">
            <Button onClick={onDismiss}>Not now</Button>
            <Button type="submit" variant="primary" disabled={mutation.isPending}>
              {mutation.isPending ? 'Signing in…' : 'Sign in'}
            </Button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}
