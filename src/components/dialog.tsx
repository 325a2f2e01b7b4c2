import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, or the caller's own cancel button. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the foot of the dialog; put the safe choice first. */
  actions: ReactNode;
  /** `alertdialog` for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
  /** `wide` for dialogs holding a form with a request preview. */
  size?: 'normal' | 'wide';
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus inside it, makes the
 * rest of the page inert, closes it on Escape and returns focus to where it was.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  role = 'dialog',
  size = 'normal',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; a plain open attribute is the closest it gets.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-full ${size === 'wide' ? 'max-w-3xl' : 'max-w-lg'} rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm">{children}</div>
          <div className="flex flex-wrap justify-end gap-2">{actions}</div>
        </div>
      ) : null}
    </dialog>
  );
}
