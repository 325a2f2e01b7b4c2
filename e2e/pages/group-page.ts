import { expect, type Download, type Locator } from '@playwright/test';
import { Screen } from './screen';

/** One integration group: /p/{platform}/groups/{qualifiedName}. */
export class GroupPage extends Screen {
  readonly connectorTable = this.page
    .getByRole('region', { name: /Registered connectors/ })
    .getByRole('table');

  open(qualifiedName: string, platformId = 'sandbox') {
    return this.visit(platformId, `groups/${encodeURIComponent(qualifiedName)}`);
  }

  connectorRow(connectorName: string): Locator {
    return this.connectorTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: connectorName, exact: true }) });
  }

  /** From the open group: unregister the connector, confirm, and wait for the outcome. */
  async unregister(connectorName: string) {
    await this.page.getByRole('link', { name: `Unregister ${connectorName}` }).click();
    await this.page.getByRole('button', { name: 'Unregister' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `Unregistered ${connectorName}` }),
    ).toBeVisible();
  }

  /** From the open group: its Export action, then "Export and download"; the download. */
  async exportBundle(): Promise<Download> {
    await this.page
      .getByRole('navigation', { name: 'Group actions' })
      .getByRole('link', { name: 'Export' })
      .click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export and download' }).click();
    return downloading;
  }
}
