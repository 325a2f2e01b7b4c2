/**
 * Editing integration-group definitions in forms, against the built console and the sandbox: no
 * mocks. Each test starts from the demo estate and the file leaves it as it found it.
 * (Seeing the new connector in the definition graph is added when the graph screen is merged.)
 */
import type { Page } from '@playwright/test';
import { SandboxControl } from './fixtures/sandbox-control';
import { expect, test, type Dialect } from './fixtures/test';
import {
  ConnectorForm,
  DefinitionScreen,
  GroupForm,
  RegistrationForm,
} from './pages/definition-forms';
import { GraphPage } from './pages/graph-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { TRIALS } from './fixtures/demo-estate';

const YAML_SECRETS =
  'org.odpi.openmetadata.adapters.connectors.secretsstore.yaml.YAMLSecretsStoreProvider';
const FILES_MONITOR =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const XSS = '<img src=x onerror=alert(1)>';

test.beforeEach(async ({ control, page }) => {
  await control.reset();
  // Nothing the user types may ever run: any dialog opened by page script fails the test.
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'beforeunload')
      throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
});
test.afterAll(async ({ consoleApp }) => {
  await new SandboxControl(consoleApp.controlUrl).reset();
});

/** The little of the page's DOM the keyboard test reads (the specs are type-checked without DOM types). */
interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface PageDocument {
  activeElement: PageElement | null;
  body: PageElement;
  querySelector(selector: string): PageElement | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How the request previews spell the same save in each dialect: 5.3 calls the Governance Action
 * Configuration services of the metadata server; 6.x calls the view services of the view server
 * (a registration at 6.1 is a generic relationship whose values are typed property values).
 */
const WIRE = {
  v5: {
    createGroup: ['POST /servers/active-metadata-store/', '/integration-groups/new'],
    virtualConnection: '"typeName": "VirtualConnection"',
    /** A secret as the preview shows it: masked, inside the generic property value. */
    maskedClearPassword:
      /"clearPassword": \{[^}]*"primitiveValue": "•••••• \(new value, not shown\)"/,
    mergeUpdate: '"replaceProperties": false',
    /** A registration value as the request body carries it. */
    registration: (name: string, value: string | number) =>
      new RegExp(`"${name}": ${escapeRegExp(JSON.stringify(value))}`),
    /** A registration date typed as local time: an ISO date (the day is all that is checked). */
    registrationDate: (name: string, local: string) =>
      new RegExp(`"${name}": "${escapeRegExp(local.slice(0, 11))}`),
    /** 5.3's own unregister call deletes far more, so only the relationship is deleted. */
    unregister: ['/related-elements/', '/delete', '"class": "MetadataSourceRequestBody"'],
    /** The first element a new connector stores (5.3: the open-metadata-store makes them all). */
    createConnection: 'metadata-elements$',
    /** Real 5.3 stops when it reads a connection that embeds others: the console makes none. */
    embeds: false,
  },
  v6: {
    createGroup: [
      'POST /servers/view-server/api/open-metadata/asset-maker/',
      '/software-capabilities',
    ],
    virtualConnection: '"class": "VirtualConnectionProperties"',
    maskedClearPassword: '"clearPassword": "•••••• (new value, not shown)"',
    mergeUpdate: '"mergeUpdate": true',
    registration: (name: string, value: string | number) =>
      new RegExp(`"${name}": \\{[^}]*"primitiveValue": ${escapeRegExp(JSON.stringify(value))}`),
    /** …epoch milliseconds, the instant the browser read from the local time. */
    registrationDate: (name: string, local: string) =>
      new RegExp(`"${name}": \\{[^}]*"primitiveValue": ${new Date(local).getTime()}`),
    unregister: ['/metadata-expert/related-elements/', '"class": "DeleteRelationshipRequestBody"'],
    createConnection: 'connection-maker/connections$',
    embeds: true,
  },
} satisfies Record<Dialect, unknown>;

/** The HTTP requests the page sent to the console's operations (the only way to Egeria). */
function recordEgeriaRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/ops/'))
      seen.push(`${request.method()} ${url.pathname}${url.search} ${request.postData() ?? ''}`);
  });
  return seen;
}

test('creates a group, a connector with a virtual connection (embedding a secrets store where the platform can hold one), registers, edits and deletes it', async ({
  page,
  dialect,
}) => {
  const wire = WIRE[dialect];
  const sent = recordEgeriaRequests(page);
  const groupName = 'E2E:IntegrationGroup:Lifecycle';
  const connectorName = 'E2E:IntegrationConnector:TrialFiles';

  await test.step('create a group from the groups list', async () => {
    await new GroupsPage(page).open();
    await page.getByRole('link', { name: 'New group' }).click();
    const form = new GroupForm(page);
    await expect(form.heading).toHaveText('New integration group');
    await form.qualifiedName.fill(groupName);
    await form.displayName.fill('Lifecycle group');
    await form.description.fill('Made by the browser test');
    await form.review.click();
    await expect(form.change('Qualified name')).toContainText(groupName);
    for (const part of wire.createGroup) await expect(form.requests).toContainText(part);
    await expect(form.requests).toContainText('"class": "IntegrationGroupProperties"');
    await form.confirm('Create group').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lifecycle group');
  });

  await test.step('create a connector with a virtual connection, embedding a secrets store where it can', async () => {
    await page.getByRole('link', { name: 'New connector' }).click();
    const form = new ConnectorForm(page);
    await expect(form.heading).toHaveText('New integration connector');
    await form.qualifiedName.fill(connectorName);
    await form.name.fill('TrialFilesMonitor');
    await form.kind('Virtual connection').check();
    const main = form.connection('Connection');
    await main.provider.selectOption({ label: 'Data Files Monitor Integration Connector' });
    await main.address.fill('data/landing-area/hospitals/hampton/clinical-trials/drop-foot');
    await main.addProperty.click();
    await main.propertyName(1).fill('waitForDirectory');
    await main.propertyType('waitForDirectory').selectOption('boolean');
    await main.propertyValue('waitForDirectory').selectOption('true');
    await main.clearPassword.getByRole('radio', { name: 'Set a value' }).check();
    await main.newClearPassword.fill('hunter2-typed-secret');

    if (wire.embeds) {
      await form.addEmbedded.click();
      await form.embeddedDisplayName(1).fill('Secrets store');
      const store = form.connection('Embedded connection 1');
      await store.provider.selectOption({ label: 'YAML File Secrets Store Connector' });
      await store.address.fill('secrets/trials.omsecrets');
    } else {
      await expect(form.addEmbedded).toBeDisabled();
      await expect(form.addEmbedded).toHaveAccessibleDescription(
        /Egeria 5\.3 cannot read back a connection that embeds other connections/,
      );
    }

    await form.review.click();
    await expect(form.change('Connection: kind')).toContainText('virtual connection');
    await expect(form.change('Connection: clear password')).toContainText('new value (not shown)');
    if (wire.embeds)
      await expect(form.change('Embedded connection 1: connector type')).toContainText(
        YAML_SECRETS,
      );
    await expect(form.requests).toContainText(wire.virtualConnection);
    await expect(form.requests).toContainText(wire.maskedClearPassword);
    await expect(page.getByText('hunter2-typed-secret')).toHaveCount(0);
    await expect(form.impact).toContainText(`Next: register it in ${groupName}`);
    await form.confirm('Create connector').click();
  });

  await test.step('register it in the new group', async () => {
    const form = new RegistrationForm(page);
    await expect(form.heading).toHaveText('Register a connector in Lifecycle group');
    await expect(form.connectorName).toHaveValue('TrialFilesMonitor');
    await form.refreshTimeInterval.fill('30');
    await form.review.click();
    await expect(form.requests).toContainText(
      wire.registration('connectorName', 'TrialFilesMonitor'),
    );
    await expect(form.requests).toContainText(wire.registration('refreshTimeInterval', 30));
    await form.confirm('Register').click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Registered TrialFilesMonitor' }),
    ).toBeVisible();
    await expect(page.getByText(`No daemon of this platform runs ${groupName}`)).toBeVisible();
  });

  await test.step('see it on the group page', async () => {
    await page.getByRole('link', { name: 'Go to Lifecycle group' }).click();
    const group = new GroupPage(page);
    const row = group.connectorRow('TrialFilesMonitor');
    await expect(row).toContainText(connectorName);
    await expect(row).toContainText('DataFilesMonitorIntegrationProvider');
    await expect(row).toContainText('30');
  });

  await test.step("see it in the group's graph, with the secrets store it embeds", async () => {
    await page.getByRole('link', { name: 'Graph', exact: true }).click();
    const graph = new GraphPage(page);
    await expect(graph.heading).toHaveText('Graph of Lifecycle group');
    await expect(graph.nodesOfKind('connector')).toHaveCount(1);
    await expect(graph.node('TrialFilesMonitor')).toBeVisible();
    await expect(
      graph.edge('Registration TrialFilesMonitor: Lifecycle group to TrialFilesMonitor'),
    ).toHaveCount(1);
    if (wire.embeds) {
      await expect(graph.node('YAML File Secrets Store Connector')).toBeVisible();
      await expect(graph.edge(/^Embedded connection embedded #0 Secrets store: /)).toHaveCount(1);
    }
    await expect(page.getByText('hunter2-typed-secret')).toHaveCount(0);
    await page.goBack();
    await expect(new GroupPage(page).heading).toHaveText('Lifecycle group');
  });

  await test.step('the connector page shows the secrets as set, never their values', async () => {
    await page.getByRole('link', { name: 'TrialFilesMonitor', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TrialFilesMonitor');
    await expect(page.getByText('Virtual connection', { exact: true })).toBeVisible();
    if (wire.embeds) await expect(page.getByText('secrets/trials.omsecrets')).toBeVisible();
    await expect(page.getByText('hunter2-typed-secret')).toHaveCount(0);
    await expect(page.getByText('«redacted»')).toHaveCount(0);
  });

  await test.step('edit it with the preview: the untouched secret is kept', async () => {
    await page.getByRole('link', { name: 'Edit connector' }).click();
    const form = new ConnectorForm(page);
    const main = form.connection('Connection');
    await expect(main.clearPassword).toContainText('set');
    await form.description.fill('Watches the Hampton drop-foot files');
    await form.review.click();
    await expect(form.change('Description')).toContainText('Watches the Hampton drop-foot files');
    await expect(form.changes.getByRole('rowheader')).toHaveCount(1);
    await expect(form.requests).toContainText(wire.mergeUpdate);
    await expect(form.requests).not.toContainText('clearPassword');
    await expect(form.impact).toContainText(
      'Connector type Data Files Monitor Integration Connector is shared with 5 other connectors',
    );
    await form.confirm('Save to Egeria').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TrialFilesMonitor');
    await expect(page.getByText('Watches the Hampton drop-foot files')).toBeVisible();
    const secrets = page.getByRole('term').filter({ hasText: 'Clear password' }).first();
    await expect(secrets.locator('xpath=following-sibling::dd[1]')).toHaveText('set');
  });

  await test.step('delete the connector, then the group', async () => {
    await page.getByRole('link', { name: 'Delete connector' }).click();
    const screen = new DefinitionScreen(page);
    await expect(screen.impact).toContainText('Unregistered from 1 group');
    await expect(screen.impact).toContainText(groupName);
    await expect(screen.requests).toContainText('/delete');
    await screen.confirm('Delete connector').click();
    await expect(
      page.getByRole('status').filter({ hasText: `Deleted ${connectorName}` }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Go to Lifecycle group' }).click();
    await expect(new GroupPage(page).heading).toHaveText('Lifecycle group');
    await expect(page.getByText('No registered connectors')).toBeVisible();
    await page.getByRole('link', { name: 'Delete group' }).click();
    await expect(screen.impact).toContainText('No connectors are registered in this group');
    await screen.confirm('Delete group').click();
    const groups = new GroupsPage(page);
    await expect(groups.heading).toBeVisible();
    await expect(groups.link(groupName)).toHaveCount(0);
  });

  // The typed secret went to Egeria exactly once (in the create) and nowhere else.
  expect(sent.filter((r) => r.includes('hunter2-typed-secret'))).toHaveLength(1);
  expect(sent.filter((r) => r.includes('«redacted»'))).toEqual([]);
});

test.describe('refresh after a registration change', () => {
  test('registers an existing connector in a second group and refreshes that group on its daemon', async ({
    page,
  }) => {
    // PartnerKafkaCataloguer is registered in the Kafka group only; ClinicalTrials runs on integration-daemon.
    await page.goto(`/p/sandbox/register-connector/${encodeURIComponent(TRIALS)}`);
    const form = new RegistrationForm(page);
    await expect(form.heading).toHaveText('Register a connector in Clinical Trials');
    await page.getByLabel('Filter connectors').fill('Moniteur');
    await form.connector.selectOption({ index: 1 });
    await expect(form.connector).toHaveValue(/.+/);
    await expect(form.connector.locator('option:checked')).toContainText(
      'Moniteur des données patients',
    );
    await expect(form.connectorName).toHaveValue('Moniteur des données patients');
    await form.connectorName.fill('PatientDataMonitorForTrials');
    await form.review.click();
    await expect(form.impact).toContainText('Run by integration-daemon');
    await expect(form.impact).toContainText('Also registered in 1 other group');
    await form.confirm('Register').click();
    await form.refreshDaemonConfig(TRIALS);
    await page.getByRole('link', { name: 'Go to Clinical Trials' }).click();
    const group = new GroupPage(page);
    await expect(group.connectorRow('PatientDataMonitorForTrials')).toBeVisible();
    // The daemon runs it under its new registration once it reloaded the group.
    await expect(group.connectorRow('PatientDataMonitorForTrials')).not.toContainText(
      'Not reported',
      {
        timeout: 20_000,
      },
    );
  });
});

test.describe('nothing lost', () => {
  test('guards navigation, keeps a draft through a reload and a crashed tab, and discards it on request', async ({
    page,
    context,
  }) => {
    const form = await new GroupForm(page).openEdit(TRIALS);
    const original = await form.description.inputValue();
    await form.description.fill('Draft text that must survive');

    // Leaving through a link asks first; staying keeps everything typed.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Clinical Trials' })
      .click();
    const guard = page.getByRole('alertdialog', { name: 'Leave with unsaved changes?' });
    await expect(guard).toBeVisible();
    await guard.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(guard).toBeHidden();
    await expect(form.description).toHaveValue('Draft text that must survive');

    // A reload (the browser asks through beforeunload) brings the draft back.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(form.draftBanner).toBeVisible();
    await expect(form.description).toHaveValue('Draft text that must survive');

    // A crashed tab: nothing runs on the way out, and the draft is still there in a new tab.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The command never answers: the page it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    // A crashed tab cannot release its hold on the draft; it lapses after four seconds.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const next = await context.newPage();
    const again = await new GroupForm(next).openEdit(TRIALS);
    await expect(again.draftBanner).toBeVisible();
    await expect(again.description).toHaveValue('Draft text that must survive');

    await again.draftBanner.getByRole('button', { name: 'Discard draft' }).click();
    await expect(again.description).toHaveValue(original);
    await expect(again.draftBanner).toBeHidden();
    // Nothing unsaved any more: leaving does not ask.
    await next
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Clinical Trials' })
      .click();
    await expect(new GroupPage(next).heading).toHaveText('Clinical Trials');
    await next.close();
  });

  test('shows what a second tab changed and lets the user choose, instead of overwriting it', async ({
    page,
    context,
  }) => {
    const form = await new GroupForm(page).openEdit(TRIALS);
    await form.displayName.fill('Clinical Trials (first tab)');
    await form.description.fill('Mine: typed in the first tab');

    const second = await context.newPage();
    const other = await new GroupForm(second).openEdit(TRIALS);
    await expect(second.getByText('This form is also open in another tab')).toBeVisible();
    await expect(other.description).not.toHaveValue('Mine: typed in the first tab');
    await other.description.fill('Theirs: saved in the second tab');
    await other.review.click();
    await other.confirm('Save to Egeria').click();
    await expect(new GroupPage(second).heading).toHaveText('Clinical Trials');
    await second.close();

    await form.review.click();
    await expect(form.conflict).toBeVisible();
    await expect(form.conflict).toContainText('You opened version 1; Egeria now holds version 2');
    const description = form.conflict.getByRole('group', {
      name: /Description — changed on both sides/,
    });
    await expect(description).toContainText('Theirs: saved in the second tab');
    await expect(description).toContainText('Mine: typed in the first tab');
    await description.getByRole('radio', { name: 'Take the value in Egeria' }).check();
    await page.getByRole('button', { name: 'Use these choices and review' }).click();

    await expect(form.change('Display name')).toContainText('Clinical Trials (first tab)');
    await expect(form.change('Description')).toHaveCount(0);
    await form.confirm('Save to Egeria').click();
    const group = new GroupPage(page);
    await expect(group.heading).toHaveText('Clinical Trials (first tab)');
    await expect(page.getByText('Theirs: saved in the second tab')).toBeVisible();
  });
});

test.describe('bad input', () => {
  test('refuses empty, duplicate and over-long names on the field, and accepts 10 kB text and HTML as typed', async ({
    page,
  }) => {
    const form = await new GroupForm(page).openNew();
    await form.review.click();
    await expect(form.errorSummary).toContainText('One problem to fix');
    await expect(form.qualifiedName).toHaveAttribute('aria-invalid', 'true');
    await expect(form.qualifiedName).toHaveAccessibleDescription(
      /Enter a qualified name: it is how Egeria and its daemons name this definition/,
    );
    await expect(form.qualifiedName).toBeFocused();

    await form.qualifiedName.fill(TRIALS);
    await form.qualifiedName.blur();
    await expect(form.qualifiedName).toHaveAccessibleDescription(
      /Another element already has this qualified name/,
    );

    await form.qualifiedName.fill(`Long:${'x'.repeat(10 * 1024)}`);
    await form.qualifiedName.blur();
    await expect(form.qualifiedName).toHaveAccessibleDescription(
      /Use at most 1,000 characters \(this has 10,245\)/,
    );

    const longText = `Start ${'0123456789'.repeat(1024)} end`;
    await form.qualifiedName.fill(XSS);
    await form.displayName.fill(XSS);
    await form.description.fill(longText);
    await expect(form.qualifiedName).toHaveAttribute('aria-invalid', 'false');
    await form.review.click();
    await expect(form.change('Qualified name')).toContainText(XSS);
    await expect(form.change('Description')).toContainText('show all 10,250 characters');
    await form.confirm('Create group').click();

    const group = new GroupPage(page);
    await expect(group.heading).toHaveText(XSS);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const description = page.getByRole('definition').filter({ hasText: 'Start 0123456789' });
    await expect(description).toHaveText(longText);
    // The name round-trips through the URL and the lookups exactly as typed.
    await expect(page).toHaveURL(
      new RegExp(`/groups/${encodeURIComponent(XSS).replace(/[()]/g, '\\$&')}$`),
    );
    await new GroupsPage(page).open();
    await expect(page.getByRole('link', { name: XSS, exact: true })).toBeVisible();
  });

  test('shows Egeria’s own refusal on the field it concerns when another user took the name meanwhile', async ({
    page,
    context,
  }) => {
    const form = await new GroupForm(page).openNew();
    await form.qualifiedName.fill('E2E:IntegrationGroup:Race');
    await form.review.click();
    await expect(form.confirm('Create group')).toBeVisible();

    const second = await context.newPage();
    const other = await new GroupForm(second).openNew();
    await other.qualifiedName.fill('E2E:IntegrationGroup:Race');
    await other.review.click();
    await other.confirm('Create group').click();
    await expect(new GroupPage(second).heading).toHaveText('E2E:IntegrationGroup:Race');
    await second.close();

    await form.confirm('Create group').click();
    await expect(form.qualifiedName).toHaveAttribute('aria-invalid', 'true');
    await expect(form.qualifiedName).toHaveAccessibleDescription(
      /OMAG-COMMON-409-001 .*qualifiedName.*E2E:IntegrationGroup:Race.* Retry the request with a different unique parameter name\./,
    );
    const panel = page.getByRole('alert', { name: 'Egeria refused the change' });
    await expect(panel).toContainText('OMAG-COMMON-409-001');
    await expect(panel).toContainText('User action');
  });

  test('refuses invalid addresses and connector classes, and shows an injected Egeria error on its field', async ({
    page,
    control,
    dialect,
  }) => {
    await page.goto('/p/sandbox/new-connector');
    const form = new ConnectorForm(page);
    await form.qualifiedName.fill('E2E:IntegrationConnector:BadInput');
    const main = form.connection('Connection');
    await main.typedByHand.check();
    await main.providerClassName.fill('not a class name');
    await main.address.fill('https://exa mple.com/x');
    await form.review.click();
    await expect(main.providerClassName).toHaveAccessibleDescription(/Enter a Java class name/);
    await expect(main.address).toHaveAccessibleDescription(/cannot contain spaces/);
    await main.address.fill('https://:9443/x');
    await expect(main.address).toHaveAccessibleDescription(/Add the host/);
    await main.address.fill('kafka.example.com:99999');
    await expect(main.address).toHaveAccessibleDescription(/port must be a number/);
    await main.address.fill('jdbc:postgresql://db.example.com:5432/trials');
    await expect(main.address).toHaveAttribute('aria-invalid', 'false');

    // A typed map that is not JSON, then the JSON mode for the whole map.
    await main.addProperty.click();
    await main.propertyName(1).fill('templates');
    await main.propertyType('templates').selectOption('map');
    await main.propertyValue('templates').fill('{not json');
    await form.review.click();
    await expect(main.propertyValue('templates')).toHaveAccessibleDescription(
      /Enter a JSON object/,
    );
    await main.propertyValue('templates').fill('{"a": 1}');
    await main.editAsJson.click();
    await expect(main.json).toHaveValue(/"templates": \{\s*"a": 1\s*\}/);

    await main.providerClassName.fill(FILES_MONITOR);
    await control.addFault({
      path: WIRE[dialect].createConnection,
      method: 'POST',
      times: 1,
      ffdc: {
        relatedHTTPCode: 400,
        messageId: 'OMAG-COMMON-400-024',
        text: 'The connection object passed on the connection parameter of the createIntegrationConnector operation has a null connector type',
        userAction:
          'Correct the code in the caller to provide the connector type embedded in the connection.',
      },
    });
    await form.review.click();
    await form.confirm('Create connector').click();
    await expect(main.providerClassName).toHaveAccessibleDescription(
      /OMAG-COMMON-400-024 The connection object .* Correct the code in the caller/,
    );
  });

  test('refuses dates out of order or past, and a connector name the group already uses', async ({
    page,
    dialect,
  }) => {
    // Dates next year, so the test does not age.
    const year = new Date().getFullYear() + 1;
    await page.goto(`/p/sandbox/register-connector/${encodeURIComponent(TRIALS)}`);
    const form = new RegistrationForm(page);
    await form.connector.selectOption({ index: 1 });
    await form.connectorName.fill('HamptonLandingAreaMonitor');
    await form.stopDate.fill(`${year - 2}-01-01T10:00`);
    await form.review.click();
    await expect(form.stopDate).toHaveAccessibleDescription(/The stop date has passed/);
    await form.startDate.fill(`${year}-12-01T10:00`);
    await form.stopDate.fill(`${year}-11-01T10:00`);
    await form.refreshTimeInterval.fill('-5');
    await form.review.click();
    await expect(form.errorSummary).toContainText('3 problems to fix');
    await expect(form.connectorName).toHaveAccessibleDescription(
      /“HamptonLandingAreaMonitor” is already the connector name of .* in CocoPharma:IntegrationGroup:ClinicalTrials/,
    );
    await expect(form.stopDate).toHaveAccessibleDescription(
      /The stop date must be after the start date/,
    );
    await expect(form.refreshTimeInterval).toHaveAccessibleDescription(/whole number of minutes/);
    await form.connectorName.fill('AnotherName');
    await form.stopDate.fill(`${year + 1}-01-01T10:00`);
    await form.refreshTimeInterval.fill('15');
    await form.review.click();
    await expect(form.requests).toContainText(
      WIRE[dialect].registration('connectorName', 'AnotherName'),
    );
    await expect(form.requests).toContainText(
      WIRE[dialect].registrationDate('startDate', `${year}-12-01T10:00`),
    );
  });
});

test.describe('keyboard and screen readers', () => {
  test('creates a group and registers a connector by keyboard alone, every field labelled', async ({
    page,
    dialect,
  }) => {
    /** Presses Tab until the focused element has this accessible name (at most 40 times). */
    async function tabTo(name: string | RegExp) {
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          // Runs in the page; the Node type-check of the specs has no DOM types.
          const doc = (globalThis as unknown as { document: PageDocument }).document;
          const el = doc.activeElement;
          if (!el || el === doc.body) return '';
          const id = el.getAttribute('id');
          const byFor = id ? doc.querySelector(`label[for="${id}"]`)?.textContent : null;
          return (byFor ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
        });
        seen.push(label);
        if (typeof name === 'string' ? label === name : name.test(label)) return;
      }
      throw new Error(`could not reach ${name} with Tab; focus went through: ${seen.join(' | ')}`);
    }
    await new GroupsPage(page).open();
    await tabTo('New group');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New integration group');
    await tabTo('Qualified name');
    await page.keyboard.type('E2E:IntegrationGroup:Keyboard');
    await tabTo('Display name');
    await page.keyboard.type('Keyboard group');
    await tabTo('Review changes');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Review the new group/ })).toBeFocused();
    await tabTo('Create group');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard group');

    await tabTo('Register connector');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Register a connector in Keyboard group',
    );
    await tabTo('Connector to register');
    // Type-ahead picks an option of a focused select, as a keyboard user would.
    await page.keyboard.type('Moniteur');
    await expect(page.getByLabel('Connector name', { exact: true })).toHaveValue(
      'Moniteur des données patients',
    );
    await tabTo('Review changes');
    await page.keyboard.press('Enter');
    await tabTo('Register');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^✓ Registered/ })).toBeVisible();

    // Every form control on the connector form has a name.
    await page.goto('/p/sandbox/new-connector');
    await new ConnectorForm(page).kind('Virtual connection').check();
    if (WIRE[dialect].embeds)
      await page.getByRole('button', { name: 'Add embedded connection' }).click();
    const unnamed = await page
      .locator('main input, main select, main textarea')
      .evaluateAll((els) =>
        els
          .filter((el) => {
            const id = el.getAttribute('id');
            const label = id ? el.ownerDocument.querySelector(`label[for="${id}"]`) : null;
            return !label && !el.closest('label') && !el.getAttribute('aria-label');
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
    expect(unnamed).toEqual([]);
  });
});

test.describe('connections and registrations of the demo estate', () => {
  const TRIALS_API = 'CocoPharma:IntegrationGroup:ClinicalTrials:ClinicalTrialsAPICataloguer';

  test('adds an embedded connection before the secrets store, keeping the stored secrets', async ({
    page,
    dialect,
  }) => {
    const form = await new ConnectorForm(page).openEdit(TRIALS_API);
    await expect(form.connection('Connection').clearPassword).toContainText(
      'Stored in Egeria: set',
    );
    await expect(form.connection('Connection').securedProperties).toContainText('set (apiKey)');
    if (!WIRE[dialect].embeds) {
      // The console adds no embedded connection where the platform cannot read one back.
      await expect(form.addEmbedded).toBeDisabled();
      return;
    }
    await form.addEmbedded.click();
    await form.embeddedDisplayName(2).fill('Audit log store');
    const added = form.connection('Embedded connection 2');
    await added.typedByHand.check();
    await added.providerClassName.fill('com.cocopharma.audit.AuditLogStoreProvider');
    await added.address.fill('file:///var/log/coco/audit');
    await page.getByRole('button', { name: 'Move embedded connection 2 up' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Moved Audit log store to position 1 of 2.' }),
    ).toBeAttached();
    await expect(form.embeddedDisplayName(1)).toHaveValue('Audit log store');

    await form.review.click();
    await expect(form.change('Embedded connections, in order')).toContainText(
      '1. Audit log store; 2. Secrets store',
    );
    // The stored secrets store is named by its GUID, so it keeps its place in Egeria and its data.
    await expect(form.requests).toContainText('"displayName": "Secrets store"');
    await expect(form.requests).not.toContainText('clearPassword');
    await expect(form.requests).not.toContainText('securedProperties');
    await form.confirm('Save to Egeria').click();

    // The connection changed and a daemon runs the group: the console offers to refresh it.
    await expect(page.getByRole('status').filter({ hasText: `Saved ${TRIALS_API}` })).toBeVisible();
    await form.refreshDaemonConfig(TRIALS);
    await page.getByRole('link', { name: 'Go to the connector' }).click();
    const embedded = page.getByRole('list').filter({ hasText: 'Audit log store' }).first();
    await expect(embedded.getByRole('listitem').first()).toContainText('1. Audit log store');
    await expect(page.getByText('secrets/coco.omsecrets')).toBeVisible();
    const passwords = page.getByRole('term').filter({ hasText: 'Clear password' });
    await expect(passwords.first().locator('xpath=following-sibling::dd[1]')).toHaveText('set');
  });

  test('gives a connection its own endpoint rather than change one other connectors share', async ({
    page,
  }) => {
    const form = await new ConnectorForm(page).openEdit(
      'Egeria:IntegrationGroup:ApacheKafka:KafkaTopicCataloguer',
    );
    await form.connection('Connection').address.fill('coco-kafka-2.cocopharma.example:9092');
    await form.review.click();
    const note = form.impact.getByRole('listitem').filter({
      hasText: 'Endpoint coco-kafka.cocopharma.example:9092 is shared with 1 other connector',
    });
    await expect(note).toContainText('This save gives this connection an endpoint of its own');
    await expect(note).toContainText(
      'Egeria:IntegrationGroup:ApacheKafka:ClinicalEventsTopicCataloguer',
    );
    // A new endpoint with the new address; the shared one is not sent at all.
    await expect(form.requests).toContainText(
      /"networkAddress"[^}]*coco-kafka-2\.cocopharma\.example:9092/,
    );
    await expect(form.requests).not.toContainText('CocoPharma:Endpoint:KafkaEventBroker');
  });

  test('the connector page finds the connectors sharing its endpoint only when asked', async ({
    page,
  }) => {
    const kafka = 'Egeria:IntegrationGroup:ApacheKafka:KafkaTopicCataloguer';
    // Finding them reads every connector of the platform: not on opening the page.
    const readsAll = (url: string) => url.endsWith('/connector.list');
    let readAll = false;
    page.on('request', (request) => {
      if (readsAll(request.url())) readAll = true;
    });
    await page.goto(`/p/sandbox/connectors/${encodeURIComponent(kafka)}`);
    const find = page.getByRole('button', {
      name: 'Find connectors that share its type or endpoint',
    });
    await expect(find).toBeVisible();
    expect(readAll).toBe(false);
    await find.click();
    const note = page.getByRole('listitem').filter({
      hasText: 'Endpoint coco-kafka.cocopharma.example:9092 is shared with 1 other connector',
    });
    await expect(note).toBeVisible();
    expect(readAll).toBe(true);
    await note
      .getByRole('link', {
        name: 'Egeria:IntegrationGroup:ApacheKafka:ClinicalEventsTopicCataloguer',
      })
      .click();
    await expect(page).toHaveURL(/ClinicalEventsTopicCataloguer$/);
    // The list read once serves the next connector page at once, without asking.
    await expect(note).toBeVisible();
    await expect(find).toHaveCount(0);
  });

  test('edits a registration from the group page and unregisters it, offering refresh-config each time', async ({
    page,
    dialect,
  }) => {
    const group = await new GroupPage(page).open(TRIALS);
    await page
      .getByRole('link', { name: 'Edit registration of HamptonLandingAreaMonitor' })
      .click();
    const form = new RegistrationForm(page);
    await expect(form.heading).toHaveText('Edit the registration of HamptonLandingAreaMonitor');
    const before = await form.refreshTimeInterval.inputValue();
    await form.refreshTimeInterval.fill('5');
    await form.review.click();
    await expect(form.change('Refresh interval (minutes)')).toContainText(before);
    await expect(form.change('Refresh interval (minutes)')).toContainText('5');
    await expect(form.impact).toContainText('Run by integration-daemon');
    await form.confirm('Save to Egeria').click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved the registration of' }),
    ).toBeVisible();
    await form.refreshDaemonConfig(TRIALS);
    await page.getByRole('link', { name: 'Go to Clinical Trials' }).click();
    await expect(
      group.connectorRow('HamptonLandingAreaMonitor').getByRole('cell').nth(5),
    ).toHaveText('5');

    await page.getByRole('link', { name: 'Unregister HamptonLandingAreaMonitor' }).click();
    const screen = new DefinitionScreen(page);
    await expect(screen.impact).toContainText(
      'integration-daemon stops running HamptonLandingAreaMonitor',
    );
    await expect(screen.impact).toContainText('No other group registers this connector');
    for (const part of WIRE[dialect].unregister) await expect(screen.requests).toContainText(part);
    await screen.confirm('Unregister').click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Unregistered HamptonLandingAreaMonitor' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Go to Clinical Trials' }).click();
    await expect(group.connectorRow('ClinicalTrialsAPICataloguer')).toBeVisible();
    await expect(group.connectorRow('HamptonLandingAreaMonitor')).toHaveCount(0);
  });
});
