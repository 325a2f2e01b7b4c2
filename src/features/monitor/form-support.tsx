/**
 * What the live-configuration forms share with every form of the console: labelled fields that
 * show their error and set aria-invalid, a draft that survives a reload, and a guard against
 * leaving with unsaved changes.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

export interface FieldProps {
  label: ReactNode;
  /** Help shown under the label and read after it. */
  hint?: ReactNode;
  error?: string;
  /** Renders the control with the ids it must carry. */
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
  className?: string;
}

/** A label, the control, its hint and its error, wired together for assistive technology. */
export function Field({ label, hint, error, children, className = '' }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600';

export interface Draft<T> {
  values: T;
  savedAt: number;
}

const DRAFT_PREFIX = 'egeria-console:draft:';

/** A form's unsaved values in sessionStorage: they survive a reload of the tab, not its closing. */
export function draftStore<T>(key: string) {
  const storageKey = DRAFT_PREFIX + key;
  return {
    load(): Draft<T> | undefined {
      try {
        const raw = sessionStorage.getItem(storageKey);
        return raw ? (JSON.parse(raw) as Draft<T>) : undefined;
      } catch {
        return undefined;
      }
    },
    save(values: T): void {
      try {
        sessionStorage.setItem(storageKey, JSON.stringify({ values, savedAt: Date.now() }));
      } catch {
        // Storage full or disabled: the form still works, only without a draft.
      }
    },
    clear(): void {
      try {
        sessionStorage.removeItem(storageKey);
      } catch {
        // As above.
      }
    },
  };
}

/**
 * While `dirty`, leaving the page asks first: in-app navigation through a confirmation, closing or
 * reloading the tab through the browser's own prompt (the draft survives a reload anyway).
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave"
      onCancel={() => blocker.reset()}
      onConfirm={() => blocker.proceed()}
    >
      <p>Your changes to the live configuration are not saved. They stay as a draft in this tab.</p>
    </ConfirmDialog>
  );
}
