import { useEffect, useRef, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';

export interface UnsavedChangesGuardProps {
  /** True while the form holds changes that are not saved. */
  when: boolean;
  /** Called before leaving with "discard": forget the draft. */
  onDiscard: () => void;
  /** Called before leaving with "keep": make sure the draft is written. */
  onKeep: () => void;
  /** Set to true just before navigating away on purpose (after a save), so nothing is asked. */
  bypass?: RefObject<boolean>;
}

/**
 * Stops navigation away from a form with unsaved changes and asks what to do: stay, leave and keep
 * the draft for later, or leave and discard the changes. Closing or reloading the tab gets the
 * browser's own prompt.
 */
export function UnsavedChangesGuard({ when, onDiscard, onKeep, bypass }: UnsavedChangesGuardProps) {
  const whenRef = useRef(when);
  useEffect(() => {
    whenRef.current = when;
  }, [when]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      whenRef.current &&
      !bypass?.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  return (
    <Dialog
      open={blocked}
      role="alertdialog"
      title="Leave with unsaved changes?"
      onClose={() => blocker.reset?.()}
      actions={
        <>
          <Button variant="primary" onClick={() => blocker.reset?.()}>
            Stay on this page
          </Button>
          <Button
            onClick={() => {
              onKeep();
              blocker.proceed?.();
            }}
          >
            Leave and keep the draft
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              onDiscard();
              blocker.proceed?.();
            }}
          >
            Discard changes and leave
          </Button>
        </>
      }
    >
      <p>
        Your changes are not saved in Egeria. A draft stays in this browser if you keep it, and
        comes back when you open this form again.
      </p>
    </Dialog>
  );
}
