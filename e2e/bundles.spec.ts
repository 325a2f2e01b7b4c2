/**
 * Bundles in the browser, against the built console and the sandbox in both dialects: export a
 * group, edit the downloaded file, see the dry run (field changes per element), apply it, and see
 * the change on the group page; applying again has nothing left to do.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/test';
import { GroupPage } from './pages/group-page';
import { KAFKA } from './fixtures/demo-estate';

interface BundleJson {
  groups: Array<{
    qualifiedName: string;
    description?: string;
    registrations: Array<{ connectorName: string; refreshTimeInterval: number }>;
  }>;
}

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('export a group, edit the bundle, dry run, apply, and see the change', async ({ page }) => {
  const group = await new GroupPage(page).open(KAFKA);
  const download = await group.exportBundle();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export integration groups');
  await expect(page.getByRole('checkbox', { name: KAFKA })).toBeChecked();
  expect(download.suggestedFilename()).toBe('bundle-Egeria-IntegrationGroup-ApacheKafka.json');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    '1 group, 3 connectors',
  );

  const dir = mkdtempSync(join(tmpdir(), 'bundle-spec-'));
  const file = join(dir, 'kafka.json');
  await download.saveAs(file);
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as BundleJson;
  const kafka = bundle.groups[0]!;
  expect(kafka.qualifiedName).toBe(KAFKA);
  kafka.description = 'Catalogs the Kafka estate (promoted from test)';
  const registration = kafka.registrations[0]!;
  const before = registration.refreshTimeInterval;
  registration.refreshTimeInterval = before + 7;
  writeFileSync(file, JSON.stringify(bundle, null, 2));

  await page
    .getByRole('navigation', { name: 'Bundles' })
    .getByRole('link', { name: 'Import' })
    .click();
  await page.getByLabel('Bundle file').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '1 group, 3 connectors' })).toBeVisible();
  await page.getByRole('button', { name: 'Dry run', exact: true }).click();

  const plan = page.getByRole('table', { name: 'What the import does to each element' });
  await expect(page.getByRole('status').filter({ hasText: 'to create' })).toHaveText(
    /^0 to create, 2 to update, \d+ left alone, 0 cannot be resolved\.$/,
  );
  const groupRow = plan
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `Group ${KAFKA}` }) });
  await expect(groupRow).toContainText('Update');
  const descriptionChange = groupRow
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'description' }) });
  await expect(descriptionChange).toContainText('Catalogs the Kafka estate (promoted from test)');
  const registrationRow = plan.getByRole('row').filter({
    has: page.getByRole('rowheader', {
      name: new RegExp(`^Registration of ${registration.connectorName} `),
    }),
  });
  await expect(
    registrationRow.getByRole('row').filter({ hasText: 'refreshTimeInterval' }),
  ).toContainText(`${before}${before + 7}`);
  await registrationRow.getByText('Requests').click();
  await expect(registrationRow.locator('pre').first()).toContainText('POST ');

  await page.getByRole('button', { name: 'Apply (2 changes)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The import is complete.' }),
  ).toContainText('Created 0, updated 2');
  await expect(groupRow).toContainText('Updated');

  await page.getByRole('button', { name: 'Dry run again' }).click();
  await expect(
    page.getByText('Nothing to apply: the platform holds what the bundle says.'),
  ).toBeVisible();

  await group.open(KAFKA);
  await expect(page.getByText('Catalogs the Kafka estate (promoted from test)')).toBeVisible();
  await expect(group.connectorRow(registration.connectorName).getByRole('cell').nth(5)).toHaveText(
    String(before + 7),
  );
});

test('a pasted file that is not a bundle says what is wrong and where', async ({ page }) => {
  await page.goto('/p/sandbox/bundles/import');
  await page.getByLabel('Or paste it').fill(
    JSON.stringify({
      formatVersion: 1,
      groups: [{ qualifiedName: 'G', registrations: [], guid: 'x' }],
      connectors: [],
      secrets: [],
    }),
  );
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'This is not a bundle the console can import' });
  await expect(alert).toContainText('groups[0]');
  await expect(alert).toContainText('guid');
  await expect(page.getByRole('button', { name: 'Dry run', exact: true })).toHaveCount(0);
});
