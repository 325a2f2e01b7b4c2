import type { Locator, Page } from '@playwright/test';

/** The integration groups list: /p/{platform}/groups. */
export class GroupsPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Integration groups' });
    this.search = page.getByRole('searchbox', { name: 'Search groups' });
    this.count = page.getByRole('status').filter({ hasText: /groups?|match/ });
    this.rows = page.getByRole('table').getByRole('row');
  }

  async open(platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/groups`);
    await this.heading.waitFor();
  }

  link(qualifiedName: string): Locator {
    return this.page.getByRole('link', { name: qualifiedName, exact: true });
  }

  row(qualifiedName: string): Locator {
    return this.rows.filter({ has: this.link(qualifiedName) });
  }
}
