import type { Locator } from '@playwright/test';
import { Screen } from './screen';

/** The integration groups list: /p/{platform}/groups. */
export class GroupsPage extends Screen {
  override readonly heading = this.page.getByRole('heading', {
    level: 1,
    name: 'Integration groups',
  });
  readonly search = this.page.getByRole('searchbox', { name: 'Search groups' });
  readonly count = this.page.getByRole('status').filter({ hasText: /groups?|match/ });
  readonly rows = this.page.getByRole('table').getByRole('row');

  open(platformId = 'sandbox') {
    return this.visit(platformId, 'groups', this.heading);
  }

  link(qualifiedName: string): Locator {
    return this.page.getByRole('link', { name: qualifiedName, exact: true });
  }

  row(qualifiedName: string): Locator {
    return this.rows.filter({ has: this.link(qualifiedName) });
  }
}
