/**
 * The app's one toast region. Outcomes are shown where the user acted and also here, so a screen
 * reader hears them wherever focus is: successes and progress in a polite live region, failures
 * in an assertive one with Egeria's message id, text and user action. Both regions stay in the
 * document while empty, because a live region added together with its text is often not read.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { EgeriaError } from '../egeria/errors';
import { errorMessage } from '../lib/format';

export type ToastTone = 'success' | 'info' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  /** "Restart of HamptonLandingAreaMonitor accepted". */
  title: string;
  /** A sentence more: the status reached, or the failure's text. */
  detail?: string;
  messageId?: string;
  userAction?: string;
}

export interface ToastInput {
  tone?: ToastTone;
  title: string;
  detail?: string;
  /** A failure: its Egeria message id, text and user action are shown and announced. */
  error?: unknown;
}

/** Successes leave by themselves; failures stay until dismissed (their ids get copied). */
const SUCCESS_MS = 6_000;
const KEPT = 4;

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  emit(toasts.filter((toast) => toast.id !== id));
}

/** Shows a toast; returns its id. Callable from anywhere (event handlers, mutation callbacks). */
export function showToast(input: ToastInput): number {
  const id = nextId++;
  const egeria = input.error instanceof EgeriaError ? input.error : undefined;
  const tone: ToastTone = input.tone ?? (input.error === undefined ? 'success' : 'error');
  const toast: Toast = {
    id,
    tone,
    title: input.title,
    detail:
      input.detail ??
      (input.error === undefined ? undefined : egeria ? egeria.text : errorMessage(input.error)),
    messageId: egeria?.messageId,
    userAction: egeria?.userAction,
  };
  emit([...toasts, toast].slice(-KEPT));
  if (tone !== 'error') setTimeout(() => dismissToast(id), SUCCESS_MS);
  return id;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const TONE_CLASS: Record<ToastTone, string> = {
  success: 'border-green-300 bg-green-50 text-green-950',
  info: 'border-slate-300 bg-white text-slate-900',
  error: 'border-red-300 bg-red-50 text-red-950',
};

function ToastCard({ toast }: { toast: Toast }) {
  return (
    <div
      className={`pointer-events-auto w-80 max-w-[calc(100vw-2rem)] rounded-md border p-3 text-sm shadow-md ${TONE_CLASS[toast.tone]}`}
      data-toast={toast.tone}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium [overflow-wrap:anywhere]">{toast.title}</p>
        <button
          type="button"
          onClick={() => dismissToast(toast.id)}
          className="-m-1 rounded p-1 text-xs text-slate-600 hover:bg-black/5"
          aria-label={`Dismiss: ${toast.title}`}
        >
          ✕
        </button>
      </div>
      {toast.detail || toast.messageId ? (
        <p className="mt-1 [overflow-wrap:anywhere]">
          {toast.messageId ? <code className="mr-1 font-semibold">{toast.messageId}</code> : null}
          {toast.detail}
        </p>
      ) : null}
      {toast.userAction ? (
        <p className="mt-1 [overflow-wrap:anywhere]">
          <span className="font-medium">User action: </span>
          {toast.userAction}
        </p>
      ) : null}
    </div>
  );
}

/** Mounted once, by the app's layout. Fixed to the bottom right, so it never moves the page. */
export function ToastRegion() {
  const current = useSyncExternalStore(subscribe, () => toasts);
  // Toasts belong to the page that is shown: a region unmounted (a test's end) starts afresh.
  useEffect(() => () => emit([]), []);
  const errors = current.filter((t) => t.tone === 'error');
  const others = current.filter((t) => t.tone !== 'error');
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex flex-col items-end gap-2"
    >
      {/* Live regions by attribute, not role: the page's own status and alert elements keep
          their roles to themselves. */}
      <div aria-live="polite" className="space-y-2">
        {others.map((toast) => (
          <ToastCard key={toast.id} toast={toast} />
        ))}
      </div>
      <div aria-live="assertive" className="space-y-2">
        {errors.map((toast) => (
          <ToastCard key={toast.id} toast={toast} />
        ))}
      </div>
    </section>
  );
}
