import { defineConfig } from '@playwright/test';
import type { ConsoleOptions } from './e2e/fixtures/test';

// Browser tests run Debian's Chromium (Playwright's browser download cannot work here) against the
// built console server with the embedded sandbox; each spec file starts its own pair (e2e/fixtures).
// Every spec runs twice: against the sandbox speaking Egeria 5.3 and speaking 6.x (sign-in specs
// only in the latter, as 5.3 has no sign-in).
export default defineConfig<ConsoleOptions>({
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
      testIgnore: ['**/session.spec.ts'],
    },
    { name: 'egeria-6.x', use: { browserName: 'chromium', dialect: 'v6' } },
  ],
});
