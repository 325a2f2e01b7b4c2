import { describe, expect, it } from 'vitest';
import { SessionStore } from './session-store';

describe('session store', () => {
  it('gives each session a long random id and forgets sessions left idle', () => {
    let now = 0;
    const store = new SessionStore({ idleMs: 1_000, now: () => now });
    const a = store.create();
    const b = store.create();
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.id).not.toBe(b.id);
    now = 900;
    expect(store.get(a.id)).toBe(a);
    now = 1_800; // a was seen at 900, b never since 0
    expect(store.get(a.id)).toBe(a);
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });

  it('peeks at a session without keeping it alive', () => {
    let now = 0;
    const store = new SessionStore({ idleMs: 1_000, now: () => now });
    const a = store.create();
    now = 900;
    expect(store.peek(a.id)).toBe(a);
    now = 1_500; // seen at 0 only: peeking did not count as use
    expect(store.peek(a.id)).toBeUndefined();
    expect(store.get(a.id)).toBeUndefined();
    expect(store.peek(undefined)).toBeUndefined();
  });

  it('keeps at most maxSessions, dropping the least recently used', () => {
    const store = new SessionStore({ maxSessions: 2 });
    const a = store.create();
    const b = store.create();
    store.get(a.id);
    const c = store.create();
    expect(store.size).toBe(2);
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(a.id)).toBe(a);
    expect(store.get(c.id)).toBe(c);
  });
});
