/**
 * Server-side sessions of the console: for each browser (a random id in an httpOnly cookie), the
 * bearer token of each platform it signed in to. Tokens live only here, in memory: they are never
 * sent to the browser, written to disk or logged, and they go when the console server stops.
 */
import { randomBytes } from 'node:crypto';

export interface PlatformSignIn {
  userId: string;
  /** Undefined once the platform refused it (expired, or the platform restarted). */
  token?: string;
  signedInAt: number;
}

export interface Session {
  readonly id: string;
  readonly platforms: Map<string, PlatformSignIn>;
  lastSeen: number;
}

export interface SessionStoreOptions {
  /** A session unused this long is forgotten (its tokens with it). */
  idleMs?: number;
  /** Upper bound, so a flood of sign-ins cannot exhaust memory; the least recently used goes first. */
  maxSessions?: number;
  now?: () => number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: SessionStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 8 * 60 * 60_000;
    this.maxSessions = options.maxSessions ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The live session with this id (refreshing its idle timer). */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    // Keep insertion order = recency, for eviction.
    this.sessions.delete(id);
    this.sessions.set(id, session);
    return session;
  }

  /**
   * The live session with this id, without refreshing its idle timer: for work the server does on
   * its own (the status feed's polls), which must not keep an abandoned session alive.
   */
  peek(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  create(): Session {
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      platforms: new Map(),
      lastSeen: this.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }
}
