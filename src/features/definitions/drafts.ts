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

// ---------------------------------------------------------------------------------------------
// One tab per draft. Tabs of one browser share localStorage, so two tabs editing the same element
// would restore and overwrite each other's drafts. The tab that opens a form first holds the
// element's draft (a lock it renews while the form is open); another tab keeps its own draft.

const TAB_ID_KEY = 'egeria-console:tab-id';
/** A lock not renewed for this long belongs to a tab that was closed or crashed. */
export const DRAFT_LOCK_TTL_MS = 4000;
export const DRAFT_LOCK_RENEW_MS = 1500;

const lockShape = z.object({ tab: z.string(), at: z.number() });

/** This tab's id; sessionStorage keeps it across reloads of the same tab. */
export function tabId(): string {
  try {
    const existing = window.sessionStorage.getItem(TAB_ID_KEY);
    if (existing) return existing;
    const id = crypto.randomUUID();
    window.sessionStorage.setItem(TAB_ID_KEY, id);
    return id;
  } catch {
    return 'tab';
  }
}

function readLock(key: string): z.infer<typeof lockShape> | undefined {
  try {
    const parsed = lockShape.safeParse(JSON.parse(storage()?.getItem(`${key}:lock`) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface DraftClaim {
  /** Where this tab keeps its draft. */
  key: string;
  /** Another open tab holds the element's draft; this tab keeps its own apart. */
  elsewhere: boolean;
}

/** Takes the element's draft for this tab, unless another live tab holds it. */
export function claimDraft(key: string, now = Date.now()): DraftClaim {
  const me = tabId();
  const lock = readLock(key);
  if (lock && lock.tab !== me && now - lock.at < DRAFT_LOCK_TTL_MS)
    return { key: `${key}:tab:${me}`, elsewhere: true };
  renewDraftLock(key, now);
  return { key, elsewhere: false };
}

export function renewDraftLock(key: string, now = Date.now()): void {
  try {
    storage()?.setItem(`${key}:lock`, JSON.stringify({ tab: tabId(), at: now }));
  } catch {
    // Without storage there are no drafts to protect.
  }
}

export function releaseDraftLock(key: string): void {
  if (readLock(key)?.tab === tabId()) removeDraft(`${key}:lock`);
}
