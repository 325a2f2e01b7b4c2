/**
 * Console sign-in through an OpenID Connect provider: authorization code flow with PKCE (S256),
 * state and nonce, with openid-client. The provider's tokens are used once, to learn who signed
 * in and their roles, and are not kept. A login in progress is remembered for ten minutes under a
 * random id that travels in its own short-lived cookie (the session cookie is SameSite=Strict, so
 * the browser does not send it on the provider's redirect back).
 */
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { OidcConfig } from '../config';

export interface SignedInIdentity {
  name: string;
  displayName?: string;
  grants: string[];
}

interface PendingLogin {
  redirectUri: string;
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  createdAt: number;
}

const LOGIN_TTL_MS = 10 * 60_000;
const MAX_PENDING = 1_000;

/** A claim by dotted path (Keycloak puts roles at realm_access.roles). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Claim values as strings: an array, or one string of space- or comma-separated values. */
function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;
  private readonly pending = new Map<string, PendingLogin>();

  constructor(
    private readonly settings: OidcConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Discovery, once; retried on the next sign-in when the provider could not be reached. */
  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        this.settings.clientSecret ? undefined : client.None(),
        // Plain http is accepted (by the configuration check) only for a provider on loopback.
        this.settings.issuer.startsWith('http://')
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /**
   * Begins a login: the provider's authorization URL, and the id to find this login again.
   * `redirectUri` is the callback at the origin the browser uses (each public origin must be
   * registered with the provider), so the login's cookie comes back with it.
   */
  async start(next: string, redirectUri: string): Promise<{ url: URL; loginId: string }> {
    const config = await this.config();
    for (const [id, login] of this.pending)
      if (this.now() - login.createdAt > LOGIN_TTL_MS || this.pending.size >= MAX_PENDING)
        this.pending.delete(id);
    const login: PendingLogin = {
      redirectUri,
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next,
      createdAt: this.now(),
    };
    const loginId = randomBytes(32).toString('base64url');
    this.pending.set(loginId, login);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    return { url, loginId };
  }

  /**
   * Completes a login from the provider's redirect (`search` is its query string). Throws when
   * the login is unknown or expired, or the provider's answer does not check out.
   */
  async finish(
    loginId: string | undefined,
    search: string,
  ): Promise<{ next: string; identity: SignedInIdentity }> {
    const login = loginId ? this.pending.get(loginId) : undefined;
    if (loginId) this.pending.delete(loginId);
    if (!login || this.now() - login.createdAt > LOGIN_TTL_MS)
      throw new Error('the sign-in took too long or was not started here; sign in again');
    const config = await this.config();
    const callback = new URL(login.redirectUri);
    callback.search = search;
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: login.verifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    let claims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
    const { usernameClaim, displayNameClaim, rolesClaim } = this.settings;
    if (claimAt(claims, rolesClaim) === undefined || claimAt(claims, usernameClaim) === undefined) {
      // Some providers put roles or the username only in the userinfo answer.
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims['sub']));
      claims = { ...info, ...claims };
    }
    const name = claimAt(claims, usernameClaim) ?? claims['sub'];
    if (typeof name !== 'string' || !name)
      throw new Error(`the provider's answer has no ${usernameClaim} claim`);
    const displayName = claimAt(claims, displayNameClaim);
    return {
      next: login.next,
      identity: {
        name,
        ...(typeof displayName === 'string' && displayName ? { displayName } : {}),
        grants: this.grantsOf(claimValues(claimAt(claims, rolesClaim))),
      },
    };
  }

  private grantsOf(values: string[]): string[] {
    const map = this.settings.roleMap;
    if (!map) return values;
    return values.flatMap((value) => {
      const mapped = map[value];
      return mapped === undefined ? [] : Array.isArray(mapped) ? mapped : [mapped];
    });
  }
}
