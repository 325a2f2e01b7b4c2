import type { Locator, Page } from '@playwright/test';

/**
 * What every page object starts from: the page and the screen's one level-1 heading. Subclasses
 * declare their locators as fields built from `this.page` (set before their initialisers run).
 */
export abstract class Screen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /**
   * Goes to a platform's screen (`/p/{platformId}/{path}`), waits for `ready` when given, and
   * returns the page object, so a spec opens a screen in one step.
   */
  protected async visit(platformId: string, path: string, ready?: Locator): Promise<this> {
    await this.page.goto(`/p/${platformId}/${path}`);
    await ready?.waitFor();
    return this;
  }
}
