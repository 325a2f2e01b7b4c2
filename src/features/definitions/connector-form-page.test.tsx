import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { definitionPaths } from '../../lib/paths';
import { demoPlatform } from '../../test/estate';
import { renderApp } from '../../test/render-app';
import { GCS, setupDefinitionPageTest } from './definition-page-testing';

const egeria = setupDefinitionPageTest();

const OMS =
  '/api/egeria/sandbox/servers/mds/open-metadata/framework-services/governance-server/open-metadata-store/users/garygeeke';
const SLOW = { timeout: 10_000 };
const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';

/** Picks `value` in the select named `name`. */
const choose = (user: UserEvent, name: string, value: string) =>
  user.selectOptions(screen.getByRole('combobox', { name }), value);

function serve() {
  const created: unknown[] = [];
  egeria.serve(demoPlatform());
  egeria.server.use(
    http.get(`${GCS}/integration-connectors`, () =>
      HttpResponse.json({ class: 'IntegrationConnectorElementsResponse', relatedHTTPCode: 200 }),
    ),
    http.get(`${GCS}/integration-connectors/by-name/:name`, () =>
      HttpResponse.json({ class: 'IntegrationConnectorElementResponse', relatedHTTPCode: 200 }),
    ),
    // 5.3: the connector and its connection's elements are made through the open-metadata-store.
    http.post(`${OMS}/metadata-elements`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json({
        class: 'GUIDResponse',
        relatedHTTPCode: 200,
        guid: `new-guid-${created.length}`,
      });
    }),
    http.post(`${OMS}/related-elements`, async ({ request }) => {
      created.push(await request.json());
      return HttpResponse.json({ class: 'GUIDResponse', relatedHTTPCode: 200 });
    }),
    http.post(`${OMS}/metadata-elements/by-search-string`, () =>
      HttpResponse.json({ class: 'OpenMetadataElementsResponse', relatedHTTPCode: 200 }),
    ),
  );
  return created;
}

describe('connector form', { timeout: 60_000 }, () => {
  it('builds a connection with typed properties and a new secret by its labels; no embedded ones on 5.3', async () => {
    const created = serve();
    const { user } = renderApp(definitionPaths.newConnector('sandbox'));
    await user.type(
      await screen.findByRole('textbox', { name: 'Qualified name' }, SLOW),
      'C:Plain',
    );
    // Real 5.3 stops when it reads a connection that embeds others: the form says so up front.
    await user.click(screen.getByRole('radio', { name: /^Virtual connection/ }));
    const add = screen.getByRole('button', { name: 'Add embedded connection' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(expect.stringContaining('Egeria 5.3 cannot read back'));
    await user.click(screen.getByRole('radio', { name: /^Connection/ }));

    const provider = screen.getByRole('combobox', { name: 'Connection: connector provider' });
    await user.selectOptions(provider, FILES);
    expect(provider).toHaveAccessibleDescription(expect.stringContaining(FILES));
    // The catalog's recognised properties are offered.
    await user.click(screen.getByRole('button', { name: 'Connection: add waitForDirectory' }));
    await choose(user, 'Connection: type of waitForDirectory', 'boolean');
    await choose(user, 'Connection: value of waitForDirectory', 'true');
    await user.click(
      screen.getByRole('button', { name: 'Connection: add configuration property' }),
    );
    await user.type(
      // A name input suggests the recognised names (a datalist), so its role is combobox.
      screen.getByRole('combobox', { name: 'Connection: name of configuration property 2' }),
      'depth',
    );
    await choose(user, 'Connection: type of depth', 'number');
    await user.type(screen.getByRole('textbox', { name: 'Connection: value of depth' }), '3');

    // The whole map as JSON, with the types kept.
    await user.click(screen.getByRole('button', { name: 'Connection: edit as JSON' }));
    const json = screen.getByRole('textbox', {
      name: 'Connection: configuration properties as JSON',
    });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual({
      waitForDirectory: true,
      depth: 3,
    });

    const password = screen.getByRole('group', { name: 'Connection: clear password' });
    expect(password).toHaveTextContent('Stored in Egeria: not set');
    await user.click(within(password).getByRole('radio', { name: 'Set a value' }));
    const secret = screen.getByLabelText('Connection: clear password: new value');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveAttribute('autocomplete', 'new-password');
    await user.type(secret, 's3cret!');

    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const request = await screen.findByLabelText(/^Request 2: POST /, {}, SLOW);
    expect(request).not.toHaveTextContent('s3cret!');
    expect(request).toHaveTextContent('•••••• (new value, not shown)');
    await user.click(screen.getByRole('button', { name: 'Create connector' }));
    await waitFor(() => expect(created.length).toBeGreaterThanOrEqual(4), SLOW);
    expect(created[0]).toMatchObject({
      class: 'NewOpenMetadataElementRequestBody',
      typeName: 'IntegrationConnector',
      properties: { propertyValueMap: { qualifiedName: { primitiveValue: 'C:Plain' } } },
    });
    expect(created[1]).toMatchObject({
      typeName: 'Connection',
      properties: {
        propertyValueMap: {
          clearPassword: { primitiveValue: 's3cret!' },
          configurationProperties: {
            class: 'MapTypePropertyValue',
            mapValues: {
              propertyValueMap: {
                waitForDirectory: { primitiveValue: true },
                depth: { primitiveValue: 3 },
              },
            },
          },
        },
      },
    });
    expect(created).toContainEqual(
      expect.objectContaining({ typeName: 'AssetConnection', metadataElement1GUID: 'new-guid-1' }),
    );
    expect(JSON.stringify(window.localStorage)).not.toContain('s3cret!');
  });
});
