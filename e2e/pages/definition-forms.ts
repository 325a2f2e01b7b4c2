import type { Locator, Page } from '@playwright/test';

/** The steps every definition screen shares: review, the preview, and the conflict view. */
export class DefinitionScreen {
  readonly heading: Locator;
  readonly review: Locator;
  readonly errorSummary: Locator;
  readonly preview: Locator;
  readonly changes: Locator;
  readonly requests: Locator;
  readonly impact: Locator;
  readonly conflict: Locator;
  readonly draftBanner: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.review = page.getByRole('button', { name: 'Review changes' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: /problems? to fix/ });
    this.preview = page.getByRole('region', { name: /^Review|\?$/ });
    this.changes = page.getByRole('table', { name: 'Field changes' });
    this.requests = page.getByRole('region', { name: /request/ });
    this.impact = page.getByRole('region', { name: 'What else this affects' });
    this.conflict = page.getByRole('region', { name: /changed in Egeria while you were editing/ });
    this.draftBanner = page.getByRole('status').filter({ hasText: 'Draft restored' });
  }

  /** The row of the changes table for a field. */
  change(label: string): Locator {
    return this.changes
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  confirm(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The error shown under a field (its accessible description starts with it). */
  fieldError(field: Locator): Locator {
    return field.locator('xpath=..').locator('p[id$="-error"]');
  }
}

export class GroupForm extends DefinitionScreen {
  readonly qualifiedName: Locator;
  readonly displayName: Locator;
  readonly description: Locator;

  constructor(page: Page) {
    super(page);
    this.qualifiedName = page.getByLabel('Qualified name', { exact: true });
    this.displayName = page.getByLabel('Display name', { exact: true });
    this.description = page.getByLabel('Description', { exact: true });
  }

  async openNew(platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/new-group`);
    await this.heading.waitFor();
  }

  async openEdit(qualifiedName: string, platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/edit-group/${encodeURIComponent(qualifiedName)}`);
    await this.qualifiedName.waitFor();
  }
}

/** The connector form; `connection(label)` scopes to the connection or one embedded connection. */
export class ConnectorForm extends DefinitionScreen {
  readonly qualifiedName: Locator;
  readonly name: Locator;
  readonly description: Locator;

  constructor(page: Page) {
    super(page);
    this.qualifiedName = page.getByLabel('Qualified name', { exact: true });
    this.name = page.getByLabel('Name', { exact: true });
    this.description = page.getByLabel('Description', { exact: true });
  }

  async openEdit(qualifiedName: string, platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/edit-connector/${encodeURIComponent(qualifiedName)}`);
    await this.qualifiedName.waitFor();
  }

  kind(kind: 'Connection' | 'Virtual connection'): Locator {
    return this.page.getByRole('radio', {
      name: kind === 'Connection' ? 'Connection' : /^Virtual connection/,
      exact: kind === 'Connection',
    });
  }

  /** Fields of the connection labelled `label` ("Connection", "Embedded connection 1"). */
  connection(label: string) {
    const page = this.page;
    return {
      provider: page.getByLabel(`${label}: connector provider`, { exact: true }),
      providerClassName: page.getByLabel(`${label}: connector provider class name`, {
        exact: true,
      }),
      typedByHand: page
        .getByRole('group', { name: `${label}: connector type` })
        .getByRole('radio', { name: 'Provider class typed by hand' }),
      address: page.getByLabel(`${label}: endpoint address`, { exact: true }),
      protocol: page.getByLabel(`${label}: endpoint protocol`, { exact: true }),
      userId: page.getByLabel(`${label}: user id`, { exact: true }),
      addProperty: page.getByRole('button', { name: `${label}: add configuration property` }),
      propertyName: (n: number) => page.getByLabel(`${label}: name of configuration property ${n}`),
      propertyType: (name: string) => page.getByLabel(`${label}: type of ${name}`),
      propertyValue: (name: string) => page.getByLabel(`${label}: value of ${name}`),
      editAsJson: page.getByRole('button', { name: `${label}: edit as JSON` }),
      json: page.getByLabel(`${label}: configuration properties as JSON`),
      clearPassword: page.getByRole('group', { name: `${label}: clear password` }),
      newClearPassword: page.getByLabel(`${label}: clear password: new value`),
      securedProperties: page.getByRole('group', {
        name: `${label}: secured properties`,
        exact: true,
      }),
    };
  }

  embeddedDisplayName(n: number): Locator {
    return this.page.getByLabel(`Embedded connection ${n}: display name`, { exact: true });
  }

  get addEmbedded(): Locator {
    return this.page.getByRole('button', { name: 'Add embedded connection' });
  }
}

export class RegistrationForm extends DefinitionScreen {
  readonly connector: Locator;
  readonly connectorName: Locator;
  readonly refreshTimeInterval: Locator;
  readonly startDate: Locator;
  readonly stopDate: Locator;

  constructor(page: Page) {
    super(page);
    this.connector = page.getByLabel('Connector to register');
    this.connectorName = page.getByLabel('Connector name', { exact: true });
    this.refreshTimeInterval = page.getByLabel('Refresh interval (minutes)');
    this.startDate = page.getByLabel('Start date');
    this.stopDate = page.getByLabel('Stop date');
  }
}
