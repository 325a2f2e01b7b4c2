import { defineConfig } from '@playwright/test';
import type { ConsoleOptions } from './e2e/fixtures/test';
import { realPlatformsFromEnv } from './e2e/real/real-platforms';
import type { RealOptions } from './e2e/real/real-test';

// Browser tests run Debian's Chromium (Playwright's browser download cannot work here) against the
// built console server with the embedded sandbox; each spec file starts its own pair (e2e/fixtures).
// Every spec runs twice: against the sandbox speaking Egeria 5.3 and speaking 6.x (sign-in specs
// only in the latter, as 5.3 has no sign-in). The walks on real Egeria (e2e/real) have a project
// per platform only when the environment names one (EGERIA_REAL_5_3_URL, EGERIA_REAL_6_1_URL);
// otherwise they are not run at all, not reported as passed.
export default defineConfig<ConsoleOptions & RealOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'egeria-5.3',
      use: { browserName: 'chromium', dialect: 'v5' },
      testIgnore: ['**/session.spec.ts', 'real/**'],
    },
    {
      name: 'egeria-6.x',
      use: { browserName: 'chromium', dialect: 'v6' },
      testIgnore: ['real/**'],
    },
    ...realPlatformsFromEnv().map((platform) => ({
      name: `real-egeria-${platform.release}`,
      testDir: 'e2e/real',
      // A real platform on a loaded machine takes seconds for some screens.
      timeout: 600_000,
      expect: { timeout: 60_000 },
      use: { browserName: 'chromium' as const, realPlatformId: platform.id },
    })),
  ],
});
