import { describe, expect, it } from 'vitest';
import { TokenService } from './token-service';

describe('sandbox bearer tokens', () => {
  it('issues a JWT-shaped token to a known user with the right password, and nothing otherwise', () => {
    const tokens = new TokenService(() => 1_000_000, 60_000);
    const token = tokens.issue('garygeeke', 'secret');
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ sub: 'garygeeke', iat: 1000, exp: 1060 });
    expect(tokens.issue('garygeeke', 'wrong')).toBeUndefined();
    expect(tokens.issue('nobody', 'secret')).toBeUndefined();
    expect(tokens.issue('constructor', 'secret')).toBeUndefined();
    expect(tokens.issue(undefined, undefined)).toBeUndefined();
    expect(tokens.check(`Bearer ${token}`)).toEqual({ ok: true, userId: 'garygeeke' });
  });

  it('refuses missing, unknown, expired, logged-out and pre-restart tokens', () => {
    let now = 0;
    const tokens = new TokenService(() => now, 1_000);
    const a = tokens.issue('garygeeke', 'secret');
    const b = tokens.issue('peterprofile', 'secret');
    expect(tokens.check(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(tokens.check(`Basic ${a}`)).toEqual({ ok: false, reason: 'missing' });
    expect(tokens.check('Bearer forged.token.value')).toEqual({ ok: false, reason: 'unknown' });
    now = 1_000;
    expect(tokens.check(`Bearer ${a}`)).toEqual({ ok: false, reason: 'expired' });
    now = 0;
    expect(tokens.revoke(`Bearer ${b}`)).toBe(true);
    expect(tokens.check(`Bearer ${b}`)).toEqual({ ok: false, reason: 'unknown' });
    const c = tokens.issue('garygeeke', 'secret');
    tokens.restart();
    expect(tokens.check(`Bearer ${c}`)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('expires every token on request (the control API), keeping new ones good', () => {
    const tokens = new TokenService(() => 5, 10_000);
    const old = tokens.issue('garygeeke', 'secret');
    expect(tokens.expireAll()).toBe(1);
    expect(tokens.check(`Bearer ${old}`)).toEqual({ ok: false, reason: 'expired' });
    const fresh = tokens.issue('garygeeke', 'secret');
    expect(tokens.liveTokens().map((t) => t.token)).toEqual([fresh]);
  });
});
