/**
 * Form drafts in localStorage, so what a user typed survives a reload, a crashed tab or a closed
 * window. One draft per platform and element. Secrets are never written: each form strips them
 * before a draft is saved.
 */
import { z } from 'zod';

const PREFIX = 'egeria-console:draft:v1:';

/** What the element looked like when the form was opened: the base of a later conflict check. */
export const baselineShape = z.object({
  version: z.number().optional(),
  updateTime: z.string().optional(),
});
export type Baseline = z.infer<typeof baselineShape>;

export interface Draft<T> {
  savedAt: string;
  baseline?: Baseline;
  /** The stored values the edits started from. */
  opened: T;
  values: T;
}

/** `kind` names the form, `id` the element (its GUID; `new` plus context for creations). */
export function draftKey(platformId: string, kind: string, id: string): string {
  return `${PREFIX}${JSON.stringify([platformId, kind, id])}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; drafts are then simply not kept.
    return undefined;
  }
}

/** The draft under `key` when it is readable and has the form's current shape. */
export function loadDraft<T>(key: string, shape: z.ZodType<T>): Draft<T> | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z
    .object({
      savedAt: z.string(),
      baseline: baselineShape.optional(),
      opened: shape,
      values: shape,
    })
    .safeParse(raw);
  return parsed.success ? (parsed.data as Draft<T>) : undefined;
}

/** Saves a draft; false when storage refused it (full or switched off). */
export function saveDraft<T>(key: string, draft: Draft<T>): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: a draft that cannot be removed could not have been written either.
  }
}
