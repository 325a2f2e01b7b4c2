import { expect, type Locator } from '@playwright/test';
import { Screen } from './screen';

/** The steps every definition screen shares: review, the preview, and the conflict view. */
export class DefinitionScreen extends Screen {
  readonly review = this.page.getByRole('button', { name: 'Review changes' });
  readonly errorSummary = this.page.getByRole('alert').filter({ hasText: /problems? to fix/ });
  readonly preview = this.page.getByRole('region', { name: /^Review|\?$/ });
  readonly changes = this.page.getByRole('table', { name: 'Field changes' });
  readonly requests = this.page.getByRole('region', { name: /request/ });
  readonly impact = this.page.getByRole('region', { name: 'What else this affects' });
  readonly conflict = this.page.getByRole('region', {
    name: /changed in Egeria while you were editing/,
  });
  readonly draftBanner = this.page.getByRole('status').filter({ hasText: 'Draft restored' });

  /** The row of the changes table for a field. */
  change(label: string): Locator {
    return this.changes
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  confirm(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** After a save that offers it: refreshes the daemon's configuration of a group, and sees it done. */
  async refreshDaemonConfig(group: string, daemon = 'integration-daemon') {
    await this.page
      .getByRole('button', { name: `Refresh configuration of ${group} on ${daemon}` })
      .click();
    await expect(this.page.getByText(`✓ ${daemon} reloaded ${group}`)).toBeVisible();
  }

  /** The error shown under a field (its accessible description starts with it). */
  fieldError(field: Locator): Locator {
    return field.locator('xpath=..').locator('p[id$="-error"]');
  }
}

/** A form that edits an element by its qualified name: /p/{platform}/edit-{element}/{name}. */
abstract class ElementForm extends DefinitionScreen {
  protected abstract readonly element: 'group' | 'connector';
  readonly qualifiedName = this.page.getByLabel('Qualified name', { exact: true });
  readonly description = this.page.getByLabel('Description', { exact: true });

  openEdit(qualifiedName: string, platformId = 'sandbox') {
    const path = `edit-${this.element}/${encodeURIComponent(qualifiedName)}`;
    return this.visit(platformId, path, this.qualifiedName);
  }
}

export class GroupForm extends ElementForm {
  protected readonly element = 'group';
  readonly displayName = this.page.getByLabel('Display name', { exact: true });

  openNew(platformId = 'sandbox') {
    return this.visit(platformId, 'new-group', this.heading);
  }
}

/** The connector form; `connection(label)` scopes to the connection or one embedded connection. */
export class ConnectorForm extends ElementForm {
  protected readonly element = 'connector';
  readonly name = this.page.getByLabel('Name', { exact: true });

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
  readonly connector = this.page.getByLabel('Connector to register');
  readonly connectorName = this.page.getByLabel('Connector name', { exact: true });
  readonly refreshTimeInterval = this.page.getByLabel('Refresh interval (minutes)');
  readonly startDate = this.page.getByLabel('Start date');
  readonly stopDate = this.page.getByLabel('Stop date');
}
