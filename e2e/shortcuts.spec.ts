/**
 * Keyboard first (issue 15 item 6): the command palette finds groups, connectors, daemons, pages
 * and actions of the platform; `/` focuses the page's filter; `?` lists the shortcuts; shortcuts
 * are named in tooltips. And item 7: a slow route shows progress and a skeleton while it loads.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { KAFKA, TRIALS } from './fixtures/demo-estate';

function palette(page: Page) {
  return page.getByRole('dialog', { name: 'Command palette' });
}

async function openPalette(page: Page) {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  return palette(page).getByRole('combobox');
}

test.describe('command palette', () => {
  test('finds a group, a connector, a daemon, a page and an action, keyboard only', async ({
    page,
  }) => {
    await page.goto('/p/sandbox/groups');
    await page.getByRole('heading', { level: 1 }).waitFor();

    let input = await openPalette(page);
    await expect(input).toBeFocused();
    await input.fill('clinical trials');
    await expect(palette(page).getByRole('option').first()).toContainText('Clinical Trials');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinical Trials');

    input = await openPalette(page);
    await input.fill('connector oldmarket');
    await expect(palette(page).getByRole('option').first()).toContainText(
      'OldMarketLandingAreaMonitor',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/daemons\/integration-daemon\/connectors\/OldMarketLandingArea/);

    input = await openPalette(page);
    await input.fill('graph of clinical');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/groups/${encodeURIComponent(TRIALS)}/graph`));

    input = await openPalette(page);
    await input.fill('daemon integration-daemon');
    await expect(palette(page).getByRole('option').first()).toContainText('Daemon');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/p\/sandbox\/daemons\/integration-daemon$/);

    input = await openPalette(page);
    await input.fill('new integration group');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/new-group$/);

    input = await openPalette(page);
    await input.fill('dark theme');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Escape closes it and gives the focus back.
    const search = page.getByRole('button', { name: /^Search…/ });
    await search.focus();
    await search.press('Enter');
    await expect(palette(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
    await expect(search).toBeFocused();
  });

  test('says when nothing matches', async ({ page }) => {
    await page.goto('/p/sandbox/groups');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const input = await openPalette(page);
    await input.fill('zzz no such thing');
    await expect(palette(page)).toContainText('Nothing matches “zzz no such thing”.');
  });
});

test.describe('shortcuts', () => {
  test('/ focuses the page’s filter, ? lists the shortcuts, tooltips name them', async ({
    page,
  }) => {
    await page.goto(`/p/sandbox/groups/${encodeURIComponent(TRIALS)}/graph`);
    await page.getByText(/ connectors? · .* nodes? · .* relationships?/).waitFor();
    await page.locator('body').press('/');
    await expect(page.getByRole('combobox', { name: 'Find a node' })).toBeFocused();
    // In a field, `/` and `?` are text.
    await page.keyboard.type('a/?');
    await expect(page.getByRole('combobox', { name: 'Find a node' })).toHaveValue('a/?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(list).toBeVisible();
    await expect(list).toContainText(/(Ctrl\+K|⌘K)\s*Open the command palette/);
    await expect(list).toContainText('Focus the page’s filter');
    await list.getByRole('button', { name: 'Close' }).click();
    await expect(list).toHaveCount(0);

    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveAttribute('title', /\(\+\)/);
    await expect(page.getByRole('button', { name: 'Fit view' })).toHaveAttribute('title', /\(0\)/);
    await expect(page.getByRole('combobox', { name: 'Find a node' })).toHaveAttribute(
      'title',
      /\(\/\)/,
    );
    await expect(page.getByRole('button', { name: /^Search…/ })).toHaveAttribute(
      'title',
      /Ctrl\+K|⌘K/,
    );
  });
});

test.describe('loading', () => {
  test('a slow route shows a progress bar, a first load a skeleton', async ({ page, control }) => {
    await page.goto('/p/sandbox/groups');
    const link = page.getByRole('link', { name: TRIALS, exact: true });
    await link.waitFor();
    try {
      await control.addFault({ path: '.', latencyMs: 1_500 });
      await link.click();
      await expect(page.getByRole('progressbar', { name: 'Loading the page' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinical Trials', {
        timeout: 20_000,
      });
      await expect(page.getByRole('progressbar', { name: 'Loading the page' })).toHaveCount(0);

      // A first load (nothing cached) shows the page's shape while it waits.
      await page.goto(`/p/sandbox/groups/${encodeURIComponent(KAFKA)}/graph`);
      await expect(page.locator('[data-skeleton]').first()).toBeVisible({ timeout: 10_000 });
      await page
        .getByText(/ connectors? · .* nodes? · .* relationships?/)
        .waitFor({ timeout: 30_000 });
      await expect(page.locator('[data-skeleton]')).toHaveCount(0);
    } finally {
      await control.clearFaults();
    }
  });
});
