import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  claimDraft,
  DRAFT_LOCK_TTL_MS,
  draftKey,
  loadDraft,
  releaseDraftLock,
  saveDraft,
} from './drafts';

const shape = z.object({ name: z.string() });

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('drafts', () => {
  it('keeps one draft per platform and element, and reads back only a draft of the right shape', () => {
    const key = draftKey('sandbox', 'group', 'g1');
    expect(key).not.toBe(draftKey('other', 'group', 'g1'));
    expect(key).not.toBe(draftKey('sandbox', 'group', 'g2'));
    saveDraft(key, {
      savedAt: '2026-01-01T00:00:00Z',
      opened: { name: 'a' },
      values: { name: 'b' },
    });
    expect(loadDraft(key, shape)?.values).toEqual({ name: 'b' });
    window.localStorage.setItem(
      key,
      JSON.stringify({ savedAt: 'x', opened: {}, values: { name: 1 } }),
    );
    expect(loadDraft(key, shape)).toBeUndefined();
    window.localStorage.setItem(key, '{not json');
    expect(loadDraft(key, shape)).toBeUndefined();
  });

  it('gives the draft to the first tab, keeps a second live tab apart, and frees it when the first goes', () => {
    const key = draftKey('sandbox', 'group', 'g1');
    const now = Date.now();
    expect(claimDraft(key, now)).toEqual({ key, elsewhere: false });
    // Reloading the same tab keeps its claim.
    expect(claimDraft(key, now + 10)).toEqual({ key, elsewhere: false });

    // Another tab: a new session id.
    window.sessionStorage.clear();
    const second = claimDraft(key, now + 1000);
    expect(second.elsewhere).toBe(true);
    expect(second.key).not.toBe(key);

    // The first tab crashed: its lock lapses and the draft is free again.
    expect(claimDraft(key, now + DRAFT_LOCK_TTL_MS + 10)).toEqual({ key, elsewhere: false });
    releaseDraftLock(key);
    expect(window.localStorage.getItem(`${key}:lock`)).toBeNull();
  });
});
