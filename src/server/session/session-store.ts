/**
 * Server-side sessions of the console: for each browser, who is signed in to the console (when
 * sign-in is configured) and the bearer token of each 6.x platform it signed in to. A session has
 * two random names: its `cookie`, the secret the browser holds, which is replaced whenever anyone
 * signs in or out (so an id planted before a sign-in names nothing after it), and its `id`, which
 * never leaves the server and stays the same, so the status feed can follow a watcher across
 * sign-ins. Tokens live only here, in memory: never sent to the browser, written to disk or logged.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../egeria/operations';

export interface PlatformSignIn {
  userId: string;
  /** Undefined once the platform refused it (expired, or the platform restarted). */
  token?: string;
  signedInAt: number;
}

/** Who signed in to the console, and the role grants their sign-in carried. */
export interface ConsoleUser {
  name: string;
  displayName?: string;
  via: 'users-file' | 'oidc';
  /** `role` for every platform, or `platformId:role` for one. */
  grants: string[];
  /** Roles resolved per platform at sign-in (see roles.ts). */
  roles: { all: Role | null; platforms: Record<string, Role> };
  signedInAt: number;
}

export interface Session {
  /** Internal, stable id; never sent anywhere. */
  readonly id: string;
  /** The value of the browser's cookie; replaced on every sign-in and sign-out. */
  cookie: string;
  readonly platforms: Map<string, PlatformSignIn>;
  user?: ConsoleUser;
  lastSeen: number;
}

export interface SessionStoreOptions {
  /** A session unused this long is forgotten (its tokens with it). */
  idleMs?: number;
  /** Upper bound, so a flood of sign-ins cannot exhaust memory; the least recently used goes first. */
  maxSessions?: number;
  now?: () => number;
}

const newSecret = () => randomBytes(32).toString('base64url');

export class SessionStore {
  /** By internal id, in order of last use (for eviction). */
  private readonly sessions = new Map<string, Session>();
  private readonly byCookie = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;

  constructor(options: SessionStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 8 * 60 * 60_000;
    this.maxSessions = options.maxSessions ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  private live(session: Session | undefined): Session | undefined {
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.delete(session.id);
      return undefined;
    }
    return session;
  }

  /** The live session whose cookie this is (refreshing its idle timer). */
  get(cookie: string | undefined): Session | undefined {
    if (!cookie) return undefined;
    const session = this.live(this.byCookie.get(cookie));
    if (!session) return undefined;
    session.lastSeen = this.now();
    // Keep insertion order = recency, for eviction.
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    return session;
  }

  /**
   * The live session with this internal id, without refreshing its idle timer: for work the server
   * does on its own (the status feed's polls), which must not keep an abandoned session alive.
   */
  peek(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    return this.live(this.sessions.get(id));
  }

  create(): Session {
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    const session: Session = {
      id: newSecret(),
      cookie: newSecret(),
      platforms: new Map(),
      lastSeen: this.now(),
    };
    this.sessions.set(session.id, session);
    this.byCookie.set(session.cookie, session);
    return session;
  }

  /** Gives the session a new cookie; the old one names nothing from now on. */
  rotate(session: Session): string {
    this.byCookie.delete(session.cookie);
    session.cookie = newSecret();
    this.byCookie.set(session.cookie, session);
    return session.cookie;
  }

  delete(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    this.byCookie.delete(session.cookie);
  }

  get size(): number {
    return this.sessions.size;
  }
}
