/**
 * The console's pages run under a Content-Security-Policy without 'unsafe-inline' (the other specs
 * fail on any console error, so every screen, the graph's included, is shown to work under it);
 * here: that the policy is there and refuses inline style and script, and that API answers carry
 * their headers too. Not dialect-specific: run once.
 */
import { expect, test } from './fixtures/test';

test.skip(({ dialect }) => dialect !== 'v5', 'headers do not depend on the Egeria dialect');

test('refuses inline style and script in the page, and API answers are not sniffed or cached', async ({
  page,
  request,
}) => {
  test.info().annotations.push({
    type: 'expected-console-error',
    description: 'Content Security Policy',
  });
  const response = await page.goto('/p/sandbox/groups');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integration groups');

  const refused = await page.evaluate<string[]>(`new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(e.effectiveDirective);
      if (seen.length === 2) resolve(seen.sort());
    });
    const style = document.createElement('style');
    style.textContent = 'body { background: red }';
    document.head.appendChild(style);
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.appendChild(script);
  })`);
  expect(refused).toEqual(['script-src-elem', 'style-src-elem']);
  expect(await page.evaluate('window.injected')).toBeUndefined();

  const api = await request.get('/api/platforms');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['cache-control']).toBe('no-store');
  expect(api.headers()['x-frame-options']).toBe('DENY');
});
