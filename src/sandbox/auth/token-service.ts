/**
 * Bearer tokens as an Egeria 6.x platform issues them: POST /api/token with a user id and password
 * from the platform's user directory answers a JWT-shaped token that lasts `lifetimeMs` (an hour by
 * default). Tokens are lost when the platform restarts (Egeria generates its signing key at start-up);
 * `restart()` does the same here. Token values are kept in memory only and never logged.
 */
import { randomBytes, randomUUID } from 'node:crypto';

/** The Coco Pharmaceuticals directory of Egeria's development setups (password `secret`). */
export const SANDBOX_USERS: Readonly<Record<string, string>> = {
  garygeeke: 'secret',
  peterprofile: 'secret',
  erinoverview: 'secret',
  calliequartile: 'secret',
  faithbroker: 'secret',
};

export const DEFAULT_TOKEN_LIFETIME_MS = 60 * 60_000;

export type TokenCheck =
  { ok: true; userId: string } | { ok: false; reason: 'missing' | 'unknown' | 'expired' };

interface Issued {
  userId: string;
  expiresAt: number;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export class TokenService {
  private readonly issued = new Map<string, Issued>();

  constructor(
    private readonly now: () => number,
    private lifetimeMs: number = DEFAULT_TOKEN_LIFETIME_MS,
    private readonly users: Readonly<Record<string, string>> = SANDBOX_USERS,
  ) {}

  /** A new token for a known user with the right password; undefined otherwise. */
  issue(userId: unknown, password: unknown): string | undefined {
    if (typeof userId !== 'string' || typeof password !== 'string') return undefined;
    if (!Object.hasOwn(this.users, userId) || this.users[userId] !== password) return undefined;
    const issuedAt = this.now();
    const expiresAt = issuedAt + this.lifetimeMs;
    const token = [
      base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
      base64url(
        JSON.stringify({
          iss: 'egeria-sandbox',
          sub: userId,
          iat: Math.floor(issuedAt / 1000),
          exp: Math.floor(expiresAt / 1000),
          jti: randomUUID(),
        }),
      ),
      base64url(randomBytes(32)),
    ].join('.');
    this.issued.set(token, { userId, expiresAt });
    return token;
  }

  /** Checks an `Authorization` header value. */
  check(authorization: string | undefined): TokenCheck {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: 'missing' };
    const issued = this.issued.get(token);
    if (!issued) return { ok: false, reason: 'unknown' };
    if (issued.expiresAt <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, userId: issued.userId };
  }

  /** Logout: the presented token stops working. */
  revoke(authorization: string | undefined): boolean {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    return token ? this.issued.delete(token) : false;
  }

  /** A platform restart: a new signing key, so no earlier token is valid. */
  restart(): void {
    this.issued.clear();
  }

  /** Control API: every token issued so far expires now (as if an hour had passed). */
  expireAll(): number {
    const now = this.now();
    for (const issued of this.issued.values()) issued.expiresAt = Math.min(issued.expiresAt, now);
    return this.issued.size;
  }

  setLifetime(ms: number): void {
    this.lifetimeMs = ms;
  }

  get lifetime(): number {
    return this.lifetimeMs;
  }

  /** Control API only (a test-only listener): the live tokens, so tests can prove where they never appear. */
  liveTokens(): Array<{ token: string; userId: string; expiresAt: number }> {
    const now = this.now();
    return [...this.issued.entries()]
      .filter(([, issued]) => issued.expiresAt > now)
      .map(([token, issued]) => ({ token, ...issued }));
  }
}
