/**
 * Issue 15, items 9 and 10 (seeded estate: src/sandbox/seed/demo-estate.ts). Item 9: the
 * read-only JSON of a group and a connector as Egeria holds them, secrets withheld; the save
 * preview's copy buttons, whose curl carries placeholders, never the typed secret or the token.
 * Item 10: a new catalog target's name starts as the connector's own target name, else as its
 * connector type's documented name.
 */
import type { Page } from '@playwright/test';
import { ConnectorForm } from './pages/definition-forms';
import { DEFAULT_GROUP, POSTGRES, SERVER_CATALOGUER, TRIALS } from './fixtures/demo-estate';
import { expect, test } from './fixtures/test';

const TRIALS_API = `${TRIALS}:ClinicalTrialsAPICataloguer`;
const SERVER_CATALOGUER_QN = `${POSTGRES}:${SERVER_CATALOGUER}`;
const ARCHIVES = `${DEFAULT_GROUP}:OpenMetadataArchivesMonitor`;
/** The seeded connection secrets of ClinicalTrialsAPICataloguer. */
const SEEDED_SECRETS = ['trials-api-s3cret', 'ak-7f3e-coco-trials'];

test.beforeEach(async ({ control, context, baseURL }) => {
  await control.clearFaults();
  await control.reset();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

const clipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');

test.describe('what Egeria holds, as JSON', () => {
  test('a connector: its stored element, secrets only as set, copied as shown', async ({
    page,
  }) => {
    await page.goto(`/p/sandbox/connectors/${encodeURIComponent(TRIALS_API)}`);
    const disclosure = page.getByRole('group').filter({
      has: page.getByText('JSON as Egeria holds it', { exact: true }),
    });
    const json = page.getByRole('region', { name: 'The integration connector as JSON' });
    await expect(json).toHaveCount(0);
    // Keyboard: the disclosure opens with Enter.
    await page.locator('summary', { hasText: 'JSON as Egeria holds it' }).focus();
    await page.keyboard.press('Enter');
    await expect(json).toBeVisible();
    await expect(json).toContainText(`"qualifiedName": "${TRIALS_API}"`);
    await expect(json).toContainText('set (withheld)');
    await expect(page.getByText('«redacted»')).toHaveCount(0);
    for (const secret of SEEDED_SECRETS) await expect(page.getByText(secret)).toHaveCount(0);

    await disclosure.getByRole('button', { name: 'Copy the JSON' }).click();
    await expect(disclosure.getByText('Copied', { exact: true })).toBeVisible();
    const copied = await clipboard(page);
    expect(JSON.parse(copied)).toEqual(JSON.parse((await json.textContent()) ?? ''));
    for (const secret of SEEDED_SECRETS) expect(copied).not.toContain(secret);
  });

  test('a group: its stored element', async ({ page }) => {
    await page.goto(`/p/sandbox/groups/${encodeURIComponent(POSTGRES)}`);
    await page.getByText('JSON as Egeria holds it', { exact: true }).click();
    const json = page.getByRole('region', { name: 'The integration group as JSON' });
    await expect(json).toContainText(`"qualifiedName": "${POSTGRES}"`);
    await page.getByRole('button', { name: 'Copy the JSON' }).click();
    expect(JSON.parse(await clipboard(page))).toMatchObject({});
    expect(await clipboard(page)).toContain(POSTGRES);
  });
});

test('the save preview copies the body and a curl with placeholders for the token and the secret', async ({
  page,
  dialect,
}) => {
  const typed = 'typed-e2e-s3cret';
  const form = await new ConnectorForm(page).openEdit(SERVER_CATALOGUER_QN);
  const main = form.connection('Connection');
  await main.clearPassword.getByRole('radio', { name: 'Set a value' }).check();
  await main.newClearPassword.fill(typed);
  await form.review.click();

  const requests = page.getByLabel(/^Request \d+: /);
  await expect(requests.first()).toBeVisible();
  const labels = await requests.evaluateAll((pres) =>
    pres.map((pre) => [pre.getAttribute('aria-label') ?? '', pre.textContent ?? '']),
  );
  const index = labels.findIndex(([, text]) => text.includes('clearPassword'));
  expect(index, 'a request sends the new password').toBeGreaterThanOrEqual(0);
  const [label] = labels[index]!;
  const [, method, path] = /^Request \d+: (\w+) (\S+)$/.exec(label)!;

  await page.getByRole('button', { name: `Copy body of request ${index + 1} (JSON)` }).click();
  const body = await clipboard(page);
  expect(body).not.toContain(typed);
  expect(JSON.stringify(JSON.parse(body))).toContain('clearPassword');

  await page.getByRole('button', { name: `Copy as curl: request ${index + 1}` }).click();
  const curl = await clipboard(page);
  expect(curl).not.toContain(typed);
  expect(curl).toContain(`curl -X ${method} "$EGERIA_URL"'${path}'`);
  expect(curl).toContain(`-H 'Content-Type: application/json'`);
  expect(curl).toContain(`'"$EGERIA_SECRET_CLEAR_PASSWORD"'`);
  if (dialect === 'v6') expect(curl).toContain(`-H "Authorization: Bearer $EGERIA_TOKEN"`);
  else expect(curl).not.toContain('Authorization');
  await expect(page.getByText(typed)).toHaveCount(0);
});

test.describe('a new catalog target’s name', () => {
  /** Opens the link dialog of a connector's page for the first element a search finds. */
  async function linkDialog(page: Page, connector: string, search: string, choose: string) {
    await page.goto(`/p/sandbox/connectors/${encodeURIComponent(connector)}`);
    await page.getByRole('button', { name: 'Link a catalog target…' }).click();
    const chooser = page.getByRole('dialog', { name: /^Link a catalog target to / });
    await chooser.getByRole('searchbox', { name: 'Search elements' }).fill(search);
    await chooser.getByRole('button', { name: `Choose ${choose}` }).click();
    return page.getByRole('dialog', { name: new RegExp(`^Link “${choose}” to `) });
  }

  test('is the name the connector already uses for its other targets', async ({ page }) => {
    const dialog = await linkDialog(
      page,
      SERVER_CATALOGUER_QN,
      'manufacturing',
      'Manufacturing database server',
    );
    const name = dialog.getByLabel('Catalog target name');
    await expect(name).toHaveValue('postgreSQLServer');
    await expect(name).toHaveAccessibleDescription(/already uses for its other targets/);
    // Offered as a choice, and any other name can still be typed.
    await expect(dialog.locator('datalist option')).toHaveCount(1);
    await name.fill('ownName');
    await dialog.getByRole('button', { name: 'Review the request' }).click();
    await expect(dialog.getByLabel(/^Request 1: POST/)).toContainText(
      '"catalogTargetName": "ownName"',
    );
  });

  test('is the connector type’s documented name when the connector has no targets yet', async ({
    page,
  }) => {
    const dialog = await linkDialog(page, ARCHIVES, 'weekly', 'Drop foot weekly measurements');
    const name = dialog.getByLabel('Catalog target name');
    await expect(name).toHaveValue('directoryToMonitor');
    await expect(name).toHaveAccessibleDescription(/documents/);
  });
});
