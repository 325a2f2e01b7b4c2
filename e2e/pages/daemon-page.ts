import type { Locator } from '@playwright/test';
import { Screen } from './screen';

/** One integration daemon: /p/{platform}/daemons/{daemon}. */
export class DaemonPage extends Screen {
  readonly reports = this.page.getByRole('table', { name: /^Connector reports of/ });
  readonly staleBanner = this.page.getByRole('alert').filter({ hasText: /Stale: the status of/ });
  readonly freshness = this.page.locator('[data-freshness]');
  readonly counters = this.page.getByRole('group', { name: 'Connectors by status' });
  readonly failures = this.page.getByRole('region', { name: 'Failures, grouped' });
  readonly actionResults = this.page.getByRole('region', { name: 'Action results' });

  open(daemon = 'integration-daemon', platformId = 'sandbox') {
    return this.visit(platformId, `daemons/${encodeURIComponent(daemon)}`, this.reports);
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
