import type { Locator, Page } from '@playwright/test';

/** One integration daemon: /p/{platform}/daemons/{daemon}. */
export class DaemonPage {
  readonly heading: Locator;
  readonly reports: Locator;
  readonly staleBanner: Locator;
  readonly freshness: Locator;
  readonly counters: Locator;
  readonly failures: Locator;
  readonly actionResults: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.reports = page.getByRole('table', { name: /^Connector reports of/ });
    this.staleBanner = page.getByRole('alert').filter({ hasText: /Stale: the status of/ });
    this.freshness = page.locator('[data-freshness]');
    this.counters = page.getByRole('group', { name: 'Connectors by status' });
    this.failures = page.getByRole('region', { name: 'Failures, grouped' });
    this.actionResults = page.getByRole('region', { name: 'Action results' });
  }

  async open(daemon = 'integration-daemon', platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/daemons/${encodeURIComponent(daemon)}`);
    await this.reports.waitFor();
  }

  row(connectorName: string): Locator {
    return this.reports
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: connectorName, exact: true }) });
  }

  /** The row's status badge (its data-status is Egeria's raw value). */
  status(connectorName: string): Locator {
    return this.row(connectorName).locator('[data-status]').first();
  }
}
