import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../../components/button';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** 'danger' for actions that interrupt running connectors. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

const FOCUSABLE =
  'input:not([disabled]), select, textarea, button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The keys of a modal drawn without the native `<dialog>` (this one and the sign-in dialog): Escape
 * calls `onEscape`, and Tab and Shift+Tab wrap around inside `dialog`. They are handled on the
 * document, so they work wherever focus sits, and Tab from outside the modal brings focus back in.
 * It lives here, not in a module of its own, so that it costs the lazy routes no chunk.
 */
export function useModalKeys(dialog: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const onEscapeRef = useRef(onEscape);
  useEffect(() => {
    onEscapeRef.current = onEscape;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onEscapeRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      const inside = dialog.current?.contains(document.activeElement) ?? false;
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dialog]);
}

/**
 * A modal confirmation: focus moves into it (onto Cancel, the safe choice), Tab stays inside,
 * Escape cancels, and focus returns to where it was when it closes. Rendered only while open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  tone = 'danger',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    return () => {
      // The opener may have been re-rendered away (a row that changed); then focus stays put.
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  useModalKeys(dialogRef, onCancel);

  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/50 p-4">
      {/* The overlay is decoration; keyboard users close with Escape or the Cancel button. */}
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="max-h-[90vh] w-full max-w-lg overflow-y-auto rounded-lg bg-white p-5 text-slate-900 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="mt-3 space-y-2 text-sm">
          {children}
        </div>
        <div className="mt-5 flex justify-end gap-3">
          <Button ref={cancelRef} onClick={onCancel}>
            Cancel
          </Button>
          <Button variant={tone} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

export interface ConfirmRestartProps {
  connectorName: string;
  /** The daemon(s) it runs in, when the page around it does not already say. */
  where?: string;
  onClose: () => void;
  onRestart: () => void;
}

/** The one confirmation before restarting a connector: what a restart interrupts, and where. */
export function ConfirmRestart({ connectorName, where, onClose, onRestart }: ConfirmRestartProps) {
  return (
    <ConfirmDialog
      title={`Restart ${connectorName}?`}
      confirmLabel="Restart"
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        onRestart();
      }}
    >
      <p>
        Restarting stops the connector{where ? ` in ${where}` : ''} and starts a new instance with
        its current configuration. Work in progress is interrupted.
      </p>
    </ConfirmDialog>
  );
}
