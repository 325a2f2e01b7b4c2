/**
 * A real OpenID Connect provider (the certified oidc-provider package) on loopback, for the
 * console's sign-in tests: one confidential client for the console, a few accounts with a `roles`
 * claim, its development login form (any password), and consent granted for the console up front.
 * `signIn` drives the whole authorization code flow over HTTP, as a browser would.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export const OIDC_CLIENT = { id: 'egeria-console', secret: 'egeria-console-test-secret' };

export interface TestAccount {
  name: string;
  roles: string[];
}

export interface OidcTestProvider {
  issuer: string;
  /** Registers the console's callback (known once the console listens) and starts answering. */
  ready(redirectUris: string[]): void;
  close(): Promise<void>;
}

export async function startOidcProvider(
  accounts: Record<string, TestAccount>,
): Promise<OidcTestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let handler: http.RequestListener | undefined;
  server.on('request', (req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  return {
    issuer,
    ready(redirectUris) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: OIDC_CLIENT.id,
            client_secret: OIDC_CLIENT.secret,
            redirect_uris: redirectUris,
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles'] },
        findAccount: (_ctx, id) => {
          const account = accounts[id];
          if (!account) return undefined;
          return {
            accountId: id,
            claims: () => ({ sub: id, preferred_username: id, ...account }),
          };
        },
        // The console is a first-party client: no consent screen.
        loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
          const accountId = ctx.oidc.session?.accountId;
          if (!accountId || !ctx.oidc.client) return undefined;
          const grant = new ctx.oidc.provider.Grant({
            accountId,
            clientId: ctx.oidc.client.clientId,
          });
          grant.addOIDCScope('openid profile email');
          grant.addOIDCClaims(['name', 'preferred_username', 'roles']);
          await grant.save();
          return grant;
        },
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['oidc-test-provider-cookie-key'] },
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies per host, for following redirects across the console and the provider. */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  store(url: URL, response: Response): void {
    const jar = this.cookies.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(url.host, jar);
  }
}

/**
 * Signs in through the console's OpenID Connect login as `login`, following every redirect by
 * hand. Returns the console's session cookie and where the console sent the browser at the end.
 */
export async function signInThroughProvider(
  consoleUrl: string,
  next: string,
  login: string,
): Promise<{ cookie: string; location: string; jar: CookieJar }> {
  const jar = new CookieJar();
  let url = new URL(`/api/auth/oidc/login?next=${encodeURIComponent(next)}`, consoleUrl);
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: jar.header(url),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    jar.store(url, response);
    method = 'GET';
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const target = new URL(location, url);
      // Back at the console after its callback: done.
      if (target.origin === new URL(consoleUrl).origin && !target.pathname.startsWith('/api/')) {
        const session = jar.header(new URL(consoleUrl));
        const cookie =
          session.split('; ').find((c) => c.startsWith('egeria_console_session=')) ?? '';
        return { cookie, location: `${target.pathname}${target.search}`, jar };
      }
      url = target;
      continue;
    }
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      // The provider's development login form: any password will do.
      method = 'POST';
      body = new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString();
      continue;
    }
    throw new Error(
      `sign-in stopped at ${url.href}: HTTP ${response.status} ${await response.text()}`,
    );
  }
  throw new Error('sign-in did not finish within 20 redirects');
}
