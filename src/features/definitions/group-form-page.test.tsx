import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type * as W from '../../test/wire-5.3';
import { definitionPaths } from '../../lib/paths';
import { defined } from '../../test/defined';
import type { FakePlatform } from '../../test/fake-egeria';
import { DEFAULT_GROUP, demoPlatform } from '../../test/estate';
import { currentUrl, renderApp } from '../../test/render-app';
import { GCS, setupDefinitionPageTest } from './definition-page-testing';

const egeria = setupDefinitionPageTest();

interface Sent {
  path: string;
  body: Record<string, unknown>;
}

/**
 * The demo platform plus the writes and reads the group form makes: connectors (none), a group by
 * GUID, create and update. Updates change the stored group and raise its version, as Egeria does.
 */
function serveWritable(platform: FakePlatform = demoPlatform()) {
  const sent: Sent[] = [];
  egeria.serve(platform);
  const byGuid = (guid: string) => platform.groups.find((g) => g.elementHeader.guid === guid);
  egeria.server.use(
    http.get(`${GCS}/integration-connectors`, () =>
      HttpResponse.json({ class: 'IntegrationConnectorElementsResponse', relatedHTTPCode: 200 }),
    ),
    http.get(`${GCS}/integration-connectors/by-name/:name`, () =>
      HttpResponse.json({ class: 'IntegrationConnectorElementResponse', relatedHTTPCode: 200 }),
    ),
    http.get(`${GCS}/integration-groups/:guid`, ({ params }) =>
      HttpResponse.json({
        class: 'IntegrationGroupElementResponse',
        relatedHTTPCode: 200,
        element: byGuid(String(params['guid'])),
      }),
    ),
    http.post(`${GCS}/integration-groups/:guid/update`, async ({ request, params }) => {
      const body = (await request.json()) as W.IntegrationGroupProperties;
      sent.push({ path: new URL(request.url).pathname + new URL(request.url).search, body });
      changeStoredGroup(platform, String(params['guid']), body);
      return HttpResponse.json({ class: 'VoidResponse', relatedHTTPCode: 200 });
    }),
  );
  return { platform, sent };
}

/** What another user's save does to the stored group. */
function changeStoredGroup(
  platform: FakePlatform,
  guid: string,
  properties: W.IntegrationGroupProperties,
  by = 'garygeeke',
) {
  const group = defined(platform.groups.find((g) => g.elementHeader.guid === guid));
  group.properties = properties;
  const versions = defined(group.elementHeader.versions);
  versions.version = (versions.version ?? 1) + 1;
  versions.updatedBy = by;
  versions.updateTime = '2026-11-26T12:00:00.000+00:00';
}

/** The page loads lazily (route code, several reads); shared machines can be slow. */
const SLOW = { timeout: 10_000 };

const defaultGroupGuid = () => defined(demoPlatform().groups[0]).elementHeader.guid;

describe('group form', { timeout: 30_000 }, () => {
  it('previews the exact replace request and saves the group', async () => {
    const { sent } = serveWritable();
    const { user } = renderApp(definitionPaths.editGroup('sandbox', DEFAULT_GROUP));
    const description = await screen.findByRole('textbox', { name: 'Description' }, SLOW);
    await user.clear(description);
    await user.type(description, 'Files and sample data <script>x</script>');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));

    const preview = await screen.findByRole('heading', {
      name: 'Review the changes before saving',
    });
    expect(preview).toHaveFocus();
    const changes = screen.getByRole('table', { name: 'Field changes' });
    expect(within(changes).getAllByRole('row')).toHaveLength(2);
    const row = within(changes).getByRole('rowheader', { name: 'Description' }).closest('tr');
    expect(row).toHaveTextContent('Connectors that catalog files and sample data');
    expect(row).toHaveTextContent('Files and sample data <script>x</script>');
    const request = await screen.findByLabelText(/^Request 1: POST /);
    expect(request).toHaveTextContent(
      `POST /servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke/integration-groups/${defaultGroupGuid()}/update?isMergeUpdate=false`,
    );

    await user.click(screen.getByRole('button', { name: 'Save to Egeria' }));
    // Saving waits for the cached reads to refresh, then opens the group page.
    await waitFor(
      () => expect(currentUrl()).toBe(`/p/sandbox/groups/${encodeURIComponent(DEFAULT_GROUP)}`),
      SLOW,
    );
    expect(sent).toEqual([
      {
        path: `${GCS}/integration-groups/${defaultGroupGuid()}/update?isMergeUpdate=false`,
        body: {
          class: 'IntegrationGroupProperties',
          qualifiedName: DEFAULT_GROUP,
          displayName: 'Default',
          description: 'Files and sample data <script>x</script>',
          version: '5.3',
          additionalProperties: { owner: 'platform team' },
        },
      },
    ]);
    // The preview's request text is exactly the body that was sent.
    expect(request.textContent).toContain(JSON.stringify(sent[0]?.body, null, 2));
  });

  it('shows a change made in Egeria since the form opened and saves the user’s choice', async () => {
    const { platform, sent } = serveWritable();
    const { user } = renderApp(definitionPaths.editGroup('sandbox', DEFAULT_GROUP));
    const displayName = await screen.findByRole('textbox', { name: 'Display name' }, SLOW);
    await user.clear(displayName);
    await user.type(displayName, 'Default (mine)');
    const description = screen.getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Mine');

    changeStoredGroup(
      platform,
      defaultGroupGuid(),
      {
        class: 'IntegrationGroupProperties',
        qualifiedName: DEFAULT_GROUP,
        displayName: 'Default',
        description: 'Theirs',
        version: '5.4',
        additionalProperties: { owner: 'platform team' },
      },
      'erinoverview',
    );
    await user.click(screen.getByRole('button', { name: 'Review changes' }));

    const conflict = await screen.findByRole(
      'region',
      { name: /changed in Egeria while you were editing/ },
      SLOW,
    );
    expect(conflict).toHaveTextContent(
      'You opened version 1; Egeria now holds version 2, changed by erinoverview',
    );
    const bothChanged = within(conflict).getByRole('group', {
      name: 'Description — changed on both sides',
    });
    expect(bothChanged).toHaveTextContent('Theirs');
    expect(bothChanged).toHaveTextContent('Mine');
    expect(within(bothChanged).getByRole('radio', { name: 'Keep yours' })).toBeChecked();
    // Only they changed the version: theirs is taken unless the user says otherwise.
    const version = within(conflict).getByRole('group', { name: 'Version' });
    expect(within(version).getByRole('radio', { name: 'Take the value in Egeria' })).toBeChecked();
    await user.click(within(bothChanged).getByRole('radio', { name: 'Take the value in Egeria' }));
    await user.click(screen.getByRole('button', { name: 'Use these choices and review' }));

    const changes = await screen.findByRole('table', { name: 'Field changes' }, SLOW);
    expect(
      within(changes)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Display name']);
    await user.click(screen.getByRole('button', { name: 'Save to Egeria' }));
    await waitFor(() => expect(sent).toHaveLength(1), SLOW);
    expect(sent[0]?.body).toMatchObject({
      displayName: 'Default (mine)',
      description: 'Theirs',
      version: '5.4',
    });
  });

  it('restores a draft after the page is gone and can discard it', async () => {
    serveWritable();
    const first = renderApp(definitionPaths.editGroup('sandbox', DEFAULT_GROUP));
    const description = await screen.findByRole('textbox', { name: 'Description' }, SLOW);
    await first.user.clear(description);
    await first.user.type(description, 'Typed before the crash');
    await waitFor(
      () => expect(JSON.stringify(window.localStorage)).toContain('Typed before the crash'),
      SLOW,
    );
    first.unmount();

    const second = renderApp(definitionPaths.editGroup('sandbox', DEFAULT_GROUP));
    expect(await screen.findByText(/Draft restored/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Typed before the crash',
    );
    await second.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Connectors that catalog files and sample data',
    );
    expect(screen.queryByText(/Draft restored/)).not.toBeInTheDocument();
  });

  it('puts Egeria’s refusal of a name on the name field, with its message id and user action', async () => {
    serveWritable();
    egeria.server.use(
      http.post(`${GCS}/integration-groups/new`, () =>
        HttpResponse.json({
          class: 'GUIDResponse',
          relatedHTTPCode: 409,
          exceptionClassName:
            'org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException',
          actionDescription: 'createIntegrationGroup',
          exceptionErrorMessage:
            'OMAG-COMMON-409-001 Method createIntegrationGroup of service Open Metadata Store Services is not able to create an instance of type IntegrationGroup because parameter name qualifiedName is defined as a unique property and value G:New is not available for use',
          exceptionErrorMessageId: 'OMAG-COMMON-409-001',
          exceptionSystemAction:
            'The system is unable to process the request because the unique property for this new entity is not permitted either because it is a reserved value, or it is already in use.',
          exceptionUserAction: 'Retry the request with a different unique parameter name.',
          exceptionProperties: { parameterName: 'qualifiedName' },
        }),
      ),
      http.get(`${GCS}/integration-groups/by-name/:name`, () =>
        HttpResponse.json({ class: 'IntegrationGroupElementResponse', relatedHTTPCode: 200 }),
      ),
    );
    const { user } = renderApp(definitionPaths.newGroup('sandbox'));
    await user.type(await screen.findByRole('textbox', { name: 'Qualified name' }, SLOW), 'G:New');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Create group' }, SLOW));

    const name = await screen.findByRole('textbox', { name: 'Qualified name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'), SLOW);
    expect(name).toHaveAccessibleDescription(
      /^OMAG-COMMON-409-001 Method createIntegrationGroup .* value G:New is not available for use Retry the request with a different unique parameter name\./,
    );
    const panel = screen.getByRole('alert', { name: 'Egeria refused the change' });
    expect(panel).toHaveTextContent('The system is unable to process the request');
  });
});
