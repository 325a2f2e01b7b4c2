import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { useDebouncedCallback } from '../../lib/use-debounced-callback';
import {
  claimDraft,
  DRAFT_LOCK_RENEW_MS,
  loadDraft,
  releaseDraftLock,
  removeDraft,
  renewDraftLock,
  saveDraft,
  type Baseline,
  type Draft,
} from './drafts';

export interface UseDraftOptions<T extends FieldValues> {
  form: UseFormReturn<T>;
  key: string;
  shape: z.ZodType<T>;
  /** The stored values the form starts from. */
  opened: T;
  baseline: Baseline | undefined;
  /** Removes secret values (and anything else that must not be written to the browser's storage). */
  strip: (values: T) => T;
}

export interface DraftState<T> {
  /** The draft restored when the form opened, until the user discards it or saves. */
  restored: Draft<T> | undefined;
  /** The baseline and opened values the edits are based on (the draft's when one was restored). */
  base: { baseline: Baseline | undefined; opened: T };
  /** Throws the draft away and puts the stored values back in the form. */
  discard: () => void;
  /** Forgets the draft (after a save, or when leaving with "discard"). */
  clear: () => void;
  /** Writes the draft now (before leaving the screen). */
  flush: () => void;
  /** Rebases the draft on what is stored now (after a conflict was resolved). */
  rebase: (baseline: Baseline | undefined, opened: T) => void;
  /** Another tab of this browser has the same form open; this tab's draft is kept apart. */
  elsewhere: boolean;
}

const SAVE_DELAY_MS = 300;

/**
 * Keeps a draft of a form in localStorage while it differs from what is stored, and restores it
 * when the same form is opened again (after a reload or a crash).
 */
export function useDraft<T extends FieldValues>({
  form,
  key: elementKey,
  shape,
  opened,
  baseline,
  strip,
}: UseDraftOptions<T>): DraftState<T> {
  const [claim] = useState(() => claimDraft(elementKey));
  const key = claim.key;
  const [restored, setRestored] = useState<Draft<T> | undefined>(() => loadDraft(key, shape));
  const [base, setBase] = useState(() => ({
    baseline: restored?.baseline ?? baseline,
    opened: restored?.opened ?? opened,
  }));
  const baseRef = useRef(base);
  const active = useRef(true);

  // Put the restored values in the form once, keeping the stored values as its defaults so
  // "dirty" still means "differs from what is stored".
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (restoredOnce.current || !restored) return;
    restoredOnce.current = true;
    form.reset(restored.values, { keepDefaultValues: true });
  }, [form, restored]);

  const write = useCallback(() => {
    if (!active.current) return;
    const values = form.getValues();
    if (JSON.stringify(values) === JSON.stringify(baseRef.current.opened)) {
      removeDraft(key);
      return;
    }
    saveDraft(key, {
      savedAt: new Date().toISOString(),
      baseline: baseRef.current.baseline,
      opened: strip(baseRef.current.opened),
      values: strip(values),
    });
  }, [form, key, strip]);
  const debouncedWrite = useDebouncedCallback(write, SAVE_DELAY_MS);

  useEffect(() => {
    const subscription = form.watch(() => debouncedWrite());
    // A tab being hidden or closed may never run the debounced write.
    const flush = () => write();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      // Leaving the screen drops the pending debounced write; keep what was typed.
      flush();
    };
  }, [form, debouncedWrite, write]);

  // Hold the element's draft while the form is open, so another tab keeps its own.
  useEffect(() => {
    if (claim.elsewhere) return;
    renewDraftLock(elementKey);
    const timer = setInterval(() => renewDraftLock(elementKey), DRAFT_LOCK_RENEW_MS);
    const release = () => releaseDraftLock(elementKey);
    window.addEventListener('pagehide', release);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', release);
      release();
    };
  }, [claim.elsewhere, elementKey]);

  const clear = useCallback(() => {
    active.current = false;
    removeDraft(key);
    setRestored(undefined);
  }, [key]);

  const discard = useCallback(() => {
    removeDraft(key);
    setRestored(undefined);
    const fresh = { baseline, opened };
    setBase(fresh);
    baseRef.current = fresh;
    form.reset(opened);
  }, [key, baseline, opened, form]);

  const rebase = useCallback(
    (nextBaseline: Baseline | undefined, nextOpened: T) => {
      const next = { baseline: nextBaseline, opened: nextOpened };
      setBase(next);
      baseRef.current = next;
      write();
    },
    [write],
  );

  return { restored, base, discard, clear, rebase, flush: write, elsewhere: claim.elsewhere };
}
