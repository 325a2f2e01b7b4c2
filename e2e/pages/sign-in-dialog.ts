import { expect, type Locator, type Page } from '@playwright/test';

/** The modal that signs the user in to a 6.x platform. */
export class SignInDialog {
  readonly dialog: Locator;
  readonly userId: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly notNow: Locator;
  readonly refused: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Sign in to / });
    this.userId = this.dialog.getByLabel('User id');
    this.password = this.dialog.getByLabel('Password');
    this.submit = this.dialog.getByRole('button', { name: 'Sign in' });
    this.notNow = this.dialog.getByRole('button', { name: 'Not now' });
    this.refused = this.dialog.getByRole('alert').filter({ hasText: 'Wrong user id or password' });
  }

  /** Signs in with the keyboard only. */
  async signInWithKeyboard(password: string) {
    await this.password.focus();
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for the dialog that says the sign-in ended, signs in again, and sees it close. */
  async signInAgainAfterExpiry(password: string) {
    await expect(this.dialog).toBeVisible({ timeout: 20_000 });
    await expect(this.dialog).toContainText('ended');
    await this.signInWithKeyboard(password);
    await expect(this.dialog).toHaveCount(0);
  }
}
