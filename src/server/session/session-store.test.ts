import { describe, expect, it } from 'vitest';
import { SessionStore } from './session-store';

describe('session store', () => {
  it('gives each session a long random id and forgets sessions left idle', () => {
    let now = 0;
    const store = new SessionStore({ idleMs: 1_000, now: () => now });
    const a = store.create();
    const b = store.create();
    expect(a.cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.cookie).not.toBe(a.id);
    // A session is found by its cookie only, never by its internal id.
    expect(store.get(a.id)).toBeUndefined();
    now = 900;
    expect(store.get(a.cookie)).toBe(a);
    now = 1_800; // a was seen at 900, b never since 0
    expect(store.get(a.cookie)).toBe(a);
    expect(store.get(b.cookie)).toBeUndefined();
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
    store.get(a.cookie);
    const c = store.create();
    expect(store.size).toBe(2);
    expect(store.get(b.cookie)).toBeUndefined();
    expect(store.get(a.cookie)).toBe(a);
    expect(store.get(c.cookie)).toBe(c);
  });

  it('rotates a session’s cookie: the old one names nothing, the internal id stays', () => {
    const store = new SessionStore();
    const a = store.create();
    const old = a.cookie;
    const renewed = store.rotate(a);
    expect(renewed).not.toBe(old);
    expect(store.get(old)).toBeUndefined();
    expect(store.get(renewed)).toBe(a);
    expect(store.peek(a.id)).toBe(a);
    store.delete(a.id);
    expect(store.get(renewed)).toBeUndefined();
  });
});
