/**
 * A console shared by a team (sign-in from a users file): a signed-out user is sent to sign in
 * and comes back, each role sees and may do what it should (and the server refuses the rest),
 * and an editor's change is in the audit log under their name.
 */
import { DaemonPage } from './pages/daemon-page';
import { GroupForm } from './pages/definition-forms';
import { GroupPage } from './pages/group-page';
import { SignInDialog } from './pages/sign-in-dialog';
import { expect, TEAM, test } from './fixtures/team-console';
import { SANDBOX_USER } from './fixtures/test';
import { SAMPLE_CATALOGUER, TRIALS } from './fixtures/demo-estate';

test.beforeEach(async ({ control }) => {
  await control.reset();
});

test('a signed-out user is sent to sign in, then back to the page they asked for', async ({
  page,
  dialect,
}) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'status of 401' });
  const asked = `/p/sandbox/groups/${encodeURIComponent(TRIALS)}?status=RUNNING`;
  await page.goto(asked);
  await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(asked)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the console');
  await page.getByLabel('User name').fill('vera');
  await page.getByLabel('Password').fill('not her password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('CONSOLE-AUTH-401-004');
  await page.getByLabel('Password').fill(TEAM.vera.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  if (dialect === 'v6') {
    // The Egeria 6.x sign-in stays per user: the console user signs in to the platform too.
    const egeria = new SignInDialog(page);
    await egeria.signInWithKeyboard(SANDBOX_USER.password);
    await expect(egeria.dialog).toHaveCount(0);
  }
  const group = new GroupPage(page);
  await expect(group.heading).toHaveText('Clinical Trials');
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(asked);
  const header = page.getByRole('banner');
  await expect(header).toContainText('Console user vera');
  await expect(header.locator('[data-console-role]')).toHaveText('viewer');

  await header.getByRole('button', { name: 'Sign out of the console' }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto(asked);
  await expect(page).toHaveURL(/\/signin\?next=/);
});

test('a viewer sees the daemon but cannot restart, and the server refuses it too', async ({
  page,
  context,
  signInAs,
  baseURL,
}) => {
  await signInAs(context, 'vera');
  const daemon = await new DaemonPage(page).open();
  await expect(daemon.row(SAMPLE_CATALOGUER)).toBeVisible();
  await expect(
    page.getByText(/Restarting, refreshing and refreshing configurations needs the operator role/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: `Restart ${SAMPLE_CATALOGUER}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Restart all failed/ })).toHaveCount(0);

  await page.goto(`/p/sandbox/daemons/integration-daemon/connectors/${SAMPLE_CATALOGUER}`);
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeDisabled();

  // Not only hidden: the server refuses the operation to a viewer.
  const refused = await context.request.post(`${baseURL}/api/ops/sandbox/connector.restart`, {
    headers: { 'x-egeria-console': '1' },
    data: { args: ['integration-daemon', SAMPLE_CATALOGUER] },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.messageId).toBe('CONSOLE-AUTH-403-001');
});

test('an operator can restart but not edit', async ({
  page,
  context,
  signInAs,
  control,
  baseURL,
}) => {
  await signInAs(context, 'otto');
  await control.failConnector(SAMPLE_CATALOGUER, 'Endpoint sample-data is unavailable');
  const daemon = await new DaemonPage(page).open();
  await expect(daemon.status(SAMPLE_CATALOGUER)).toHaveAttribute('data-status', 'FAILED', {
    timeout: 20_000,
  });
  await daemon
    .row(SAMPLE_CATALOGUER)
    .getByRole('button', { name: `Restart ${SAMPLE_CATALOGUER}` })
    .click();
  await page
    .getByRole('dialog', { name: `Restart ${SAMPLE_CATALOGUER}?` })
    .getByRole('button', { name: 'Restart', exact: true })
    .click();
  await expect(daemon.actionResults).toContainText('Done:');
  await expect(daemon.status(SAMPLE_CATALOGUER)).not.toHaveAttribute('data-status', 'FAILED', {
    timeout: 20_000,
  });

  const group = await new GroupPage(page).open(TRIALS);
  await expect(group.heading).toHaveText('Clinical Trials');
  const actions = page.getByRole('navigation', { name: 'Group actions' });
  await expect(actions.getByRole('link', { name: 'Graph' })).toBeVisible();
  await expect(actions.getByRole('link', { name: 'Edit group' })).toHaveCount(0);
  await expect(page.getByText(/needs the editor role on .*; your role is operator/)).toBeVisible();

  await page.goto(`/p/sandbox/edit-group/${encodeURIComponent(TRIALS)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your role does not allow this');
  const refused = await context.request.post(`${baseURL}/api/ops/sandbox/group.delete`, {
    headers: { 'x-egeria-console': '1' },
    data: { args: ['00000000-0000-4000-8000-000000000000', TRIALS] },
  });
  expect(refused.status()).toBe(403);
});

test('an editor’s change appears in the audit log with their name', async ({
  page,
  browser,
  context,
  signInAs,
}) => {
  await signInAs(context, 'edith');
  const form = await new GroupForm(page).openEdit(TRIALS);
  await form.description.fill('Changed by Edith through the console');
  await form.review.click();
  await form.confirm('Save to Egeria').click();
  const group = new GroupPage(page);
  await expect(group.heading).toHaveText('Clinical Trials');
  const onGroup = page.getByRole('table', { name: 'Actions taken through the console' });
  await expect(onGroup.getByRole('row', { name: /group\.update/ })).toContainText('edith');

  // The administrator's audit page, in another browser.
  const admin = await browser.newContext({ baseURL: page.url() });
  await signInAs(admin, 'ada');
  const audit = await admin.newPage();
  await audit.goto('/audit');
  await expect(audit.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  await audit.getByLabel('User').fill('edith');
  await audit.getByRole('button', { name: 'Search' }).click();
  const row = audit
    .getByRole('table', { name: 'Audit log entries' })
    .getByRole('row', { name: /group\.update/ });
  await expect(row).toContainText('edith');
  await expect(row).toContainText('(editor)');
  await expect(row).toContainText('succeeded');
  await expect(row).toContainText(TRIALS);

  const download = audit.waitForEvent('download');
  await audit.getByRole('link', { name: 'CSV' }).click();
  const csv = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(csv, 'utf8');
  expect(text.split('\r\n')[0]).toContain('user,signedInVia,role,platform');
  expect(text).toContain('"edith","users-file","editor","sandbox"');
  expect(text).toContain('"group.update"');
  await admin.close();
});
