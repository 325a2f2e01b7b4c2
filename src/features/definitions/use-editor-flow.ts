import { useCallback, useState } from 'react';
import {
  get,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import type { ElementMeta } from '../../egeria/model';
import type { Baseline } from './drafts';
import { conflictRows, type Choice, type ConflictRow, type DiffField } from './field-diff';
import type { DraftState } from './use-draft';

export type EditorStep<T, E> =
  | { kind: 'edit' }
  | { kind: 'checking' }
  | { kind: 'conflict'; rows: ConflictRow[]; fresh: E }
  | { kind: 'gone' }
  | { kind: 'preview'; values: T; stored: E | undefined };

export interface EditorFlowOptions<T extends FieldValues, E> {
  form: UseFormReturn<T>;
  draft: DraftState<T>;
  /** The stored element when the form edits one (undefined when it creates one). */
  stored: E | undefined;
  toValues: (element: E) => T;
  diffFields: (values: T) => DiffField[];
  /** Re-reads the stored element just before the preview; null when it no longer exists. */
  readFresh?: () => Promise<E | null>;
  /** Egeria's version and update time of the element; without them, values are compared. */
  baselineOf?: (element: E) => Baseline;
  /** Checks that need Egeria (a name in use); false keeps the user editing. */
  precheck?: (values: T) => Promise<boolean>;
}

/** The baseline of a versioned element (groups, connectors): Egeria's version and update time. */
export const metaBaseline = ({ meta }: { meta: ElementMeta }): Baseline => ({
  version: meta.version,
  updateTime: meta.updateTime,
});

function changedSince(baseline: Baseline | undefined, now: Baseline): boolean {
  if (!baseline) return false;
  if (baseline.version !== undefined && now.version !== undefined)
    return baseline.version !== now.version;
  return (baseline.updateTime ?? '') !== (now.updateTime ?? '');
}

/**
 * The steps every definition form goes through: edit → checks against Egeria → (conflict, when
 * the element changed since the form opened) → preview → save. Before the preview the element is
 * read again, so the preview compares with what is stored now, never with what was loaded.
 */
export function useEditorFlow<T extends FieldValues, E>({
  form,
  draft,
  stored,
  toValues,
  diffFields,
  readFresh,
  baselineOf,
  precheck,
}: EditorFlowOptions<T, E>) {
  const [step, setStep] = useState<EditorStep<T, E>>({ kind: 'edit' });
  const [checkError, setCheckError] = useState<unknown>(undefined);

  const submit = useCallback(
    async (values: T) => {
      setCheckError(undefined);
      setStep({ kind: 'checking' });
      try {
        if (precheck && !(await precheck(values))) {
          setStep({ kind: 'edit' });
          return;
        }
        if (!readFresh || stored === undefined) {
          setStep({ kind: 'preview', values, stored });
          return;
        }
        const fresh = await readFresh();
        if (fresh === null) {
          setStep({ kind: 'gone' });
          return;
        }
        const freshValues = toValues(fresh);
        const rows = conflictRows(
          diffFields(draft.base.opened),
          diffFields(freshValues),
          diffFields(values),
        );
        const metaChanged = baselineOf
          ? changedSince(draft.base.baseline, baselineOf(fresh))
          : false;
        if (rows.some((row) => row.theyChanged)) {
          setStep({ kind: 'conflict', rows, fresh });
          return;
        }
        // Changed only where the form does not look (or not at all): carry on from the new state.
        if (metaChanged || !baselineOf) draft.rebase(baselineOf?.(fresh), freshValues);
        setStep({ kind: 'preview', values, stored: fresh });
      } catch (error) {
        setCheckError(error);
        setStep({ kind: 'edit' });
      }
    },
    [precheck, readFresh, stored, toValues, diffFields, draft, baselineOf],
  );

  const resolveConflict = useCallback(
    async (choices: Map<string, Choice>) => {
      if (step.kind !== 'conflict') return;
      const theirs = toValues(step.fresh);
      for (const [path, choice] of choices) {
        if (choice === 'theirs')
          form.setValue(path as Path<T>, get(theirs, path) as PathValue<T, Path<T>>, {
            shouldDirty: true,
          });
      }
      draft.rebase(baselineOf?.(step.fresh), theirs);
      const valid = await form.trigger();
      if (!valid) {
        setStep({ kind: 'edit' });
        return;
      }
      setStep({ kind: 'preview', values: form.getValues(), stored: step.fresh });
    },
    [step, toValues, form, draft, baselineOf],
  );

  const backToEdit = useCallback(() => setStep({ kind: 'edit' }), []);

  return { step, setStep, submit, resolveConflict, backToEdit, checkError };
}
