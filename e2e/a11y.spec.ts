/**
 * Accessibility of every screen, in both themes (and, through the Playwright projects, both
 * Egeria dialects): axe-core finds no serious or critical violation of WCAG 2.1 A and AA (issue 15
 * item 11; item 8's contrast in both themes). Also the theme itself: it follows the system and a
 * remembered choice (item 8), and a route that loads shows progress (item 7).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DAEMON, POSTGRES, SERVER_CATALOGUER, TRIALS } from './fixtures/demo-estate';

const q = encodeURIComponent;

interface Screen {
  name: string;
  path: string;
  /** What shows the screen has loaded (a heading by default). */
  ready?: (page: Page) => Promise<void>;
  /** Put the screen in the state to check (open a dialog, select a node). */
  act?: (page: Page) => Promise<void>;
}

const graphReady = async (page: Page) => {
  await page.getByText(/ connectors? · .* nodes? · .* relationships?/).waitFor();
};

const SCREENS: Screen[] = [
  { name: 'groups', path: '/p/sandbox/groups' },
  { name: 'group', path: `/p/sandbox/groups/${q(TRIALS)}` },
  {
    name: 'group graph with the inspector',
    path: `/p/sandbox/groups/${q(TRIALS)}/graph?focus=OldMarketLandingAreaMonitor`,
    ready: graphReady,
    act: async (page) => {
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(
        'OldMarketLandingAreaMonitor',
      );
      await expect(inspector.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
    },
  },
  {
    name: 'group graph zoomed out, palette open',
    path: `/p/sandbox/groups/${q(POSTGRES)}/graph?palette=1`,
    ready: graphReady,
    act: async (page) => {
      await page.getByRole('button', { name: 'Fit view' }).click();
      await expect(page.getByRole('complementary', { name: 'Asset palette' })).toBeVisible();
    },
  },
  {
    name: 'graph tree',
    path: `/p/sandbox/groups/${q(TRIALS)}/graph?view=tree`,
    ready: graphReady,
    act: async (page) => {
      await expect(page.getByRole('tree')).toBeVisible();
    },
  },
  { name: 'daemon graph', path: `/p/sandbox/daemons/${DAEMON}/graph`, ready: graphReady },
  { name: 'daemons', path: '/p/sandbox/daemons' },
  { name: 'daemon', path: `/p/sandbox/daemons/${DAEMON}` },
  {
    name: 'connector in the daemon',
    path: `/p/sandbox/daemons/${DAEMON}/connectors/${SERVER_CATALOGUER}`,
  },
  { name: 'connector', path: `/p/sandbox/connectors/${q(`${POSTGRES}:${SERVER_CATALOGUER}`)}` },
  {
    name: 'connector with its JSON open',
    path: `/p/sandbox/connectors/${q(`${POSTGRES}:${SERVER_CATALOGUER}`)}`,
    act: async (page) => {
      await page.locator('summary', { hasText: 'JSON as Egeria holds it' }).click();
      await expect(
        page.getByRole('region', { name: 'The integration connector as JSON' }),
      ).toBeVisible();
    },
  },
  { name: 'drift', path: `/p/sandbox/daemons/${DAEMON}/drift` },
  { name: 'new group', path: '/p/sandbox/new-group' },
  { name: 'edit group', path: `/p/sandbox/edit-group/${q(TRIALS)}` },
  { name: 'new connector', path: '/p/sandbox/new-connector' },
  {
    name: 'edit connector',
    path: `/p/sandbox/edit-connector/${q(`${POSTGRES}:${SERVER_CATALOGUER}`)}`,
  },
  {
    name: 'edit connector, the save preview with its copy buttons',
    path: `/p/sandbox/edit-connector/${q(`${POSTGRES}:${SERVER_CATALOGUER}`)}`,
    act: async (page) => {
      await page.getByLabel('Description', { exact: true }).fill('Checked by axe');
      await page.getByRole('button', { name: 'Review changes' }).click();
      await expect(page.getByRole('button', { name: /^Copy as curl: request 1/ })).toBeVisible();
    },
  },
  { name: 'register connector', path: `/p/sandbox/register-connector/${q(TRIALS)}` },
  { name: 'bundle export', path: '/p/sandbox/bundles/export' },
  { name: 'bundle import', path: '/p/sandbox/bundles/import' },
  { name: 'audit log', path: '/audit' },
  { name: 'not found', path: '/no/such/page' },
  {
    name: 'command palette',
    path: '/p/sandbox/groups',
    act: async (page) => {
      await page.keyboard.press('ControlOrMeta+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.getByRole('combobox').fill('trials');
      await expect(palette.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'keyboard shortcuts',
    path: '/p/sandbox/groups',
    act: async (page) => {
      await page.locator('body').press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme, viewport: { width: 1440, height: 900 } });
    for (const screen of SCREENS) {
      test(`${screen.name}: no serious or critical violation`, async ({ page }) => {
        if (screen.name === 'not found')
          test.info().annotations.push({ type: 'expected-console-error', description: '404' });
        await page.goto(screen.path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (screen.ready) await screen.ready(page);
        else await page.getByRole('heading', { level: 1 }).first().waitFor();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        if (screen.act) await screen.act(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const found = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
          }));
        expect(found).toEqual([]);
      });
    }
  });
}

test.describe('theme', () => {
  test('follows the system, and a chosen theme is remembered over it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/p/sandbox/groups');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const body = await page.evaluate('getComputedStyle(document.documentElement).colorScheme');
    expect(body).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');

    await page.getByLabel('Theme').selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await page.getByLabel('Theme').selectOption('system');
    await expect(html).toHaveAttribute('data-theme', 'light');
  });
});
