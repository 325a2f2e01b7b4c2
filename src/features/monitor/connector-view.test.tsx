/**
 * A connector's page: live report with its explanation, the status history timeline from the
 * console server, and the live-configuration forms with their validation, confirmations, draft
 * and unsaved-changes guard.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../../egeria/status-feed-protocol';
import type { FakePlatform } from '../../test/fake-egeria';
import { connectorReport, groupElement } from '../../test/fixtures/egeria-5.3';
import { FILES_FAILURE } from '../../test/estate';
import { renderApp } from '../../test/render-app';
import { daemonConnectorPath } from './monitor-paths';
import { DAEMON, platformRunning, setupMonitorTests } from './monitor-test-kit';

const egeria = setupMonitorTests();

const NAME = 'Moniteur des données/patients';
const DAEMON_API = `/api/egeria/sandbox/servers/${DAEMON}/open-metadata/integration-daemon/users/garygeeke`;

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

function platform(): FakePlatform {
  const group = groupElement({ qualifiedName: 'CocoPharma:IntegrationGroup:Données cliniques' });
  const report = connectorReport({
    connectorName: NAME,
    status: 'FAILED',
    failingExceptionMessage: FILES_FAILURE,
  });
  return platformRunning([[group, [report]]]);
}

interface Posted {
  path: string;
  body: unknown;
}

function liveConfig(properties: Record<string, unknown>): Posted[] {
  const posted: Posted[] = [];
  let current = { ...properties };
  egeria.server.use(
    http.get(
      `${DAEMON_API}/integration-connectors/:name/configuration-properties`,
      ({ params }) => {
        expect(params['name']).toBe(NAME);
        return HttpResponse.json({
          class: 'PropertiesResponse',
          relatedHTTPCode: 200,
          properties: current,
        });
      },
    ),
    http.post(`${DAEMON_API}/*`, async ({ request }) => {
      const body = (await request.json()) as {
        mergeUpdate?: boolean;
        configurationProperties?: Record<string, unknown>;
      };
      posted.push({ path: new URL(request.url).pathname.slice(DAEMON_API.length), body });
      if (body.configurationProperties)
        current = body.mergeUpdate
          ? { ...current, ...body.configurationProperties }
          : body.configurationProperties;
      return HttpResponse.json({ class: 'VoidResponse', relatedHTTPCode: 200 });
    }),
  );
  return posted;
}

function history(entries: HistoryResponse['entries']) {
  egeria.server.use(
    http.get('/api/history/:platformId/:daemon/:connectorName', ({ params, request }) => {
      expect(request.headers.get('x-egeria-console')).toBe('1');
      return HttpResponse.json({
        platformId: String(params['platformId']),
        daemon: String(params['daemon']),
        connectorName: String(params['connectorName']),
        entries,
        keptPerConnector: 500,
      } satisfies HistoryResponse);
    }),
  );
}

async function openConnector() {
  const view = renderApp(daemonConnectorPath('sandbox', DAEMON, NAME));
  await screen.findByRole('heading', { level: 1, name: NAME });
  return view;
}

describe('connector page', { timeout: 20_000 }, () => {
  it('shows the live report with Egeria’s explanation and the recorded history', async () => {
    egeria.serve(platform());
    liveConfig({});
    history([
      {
        status: 'FAILED',
        previousStatus: 'RUNNING',
        at: '2026-01-01T10:00:03.000Z',
        observedAt: '2026-01-01T10:00:05.000Z',
        failingExceptionMessage: FILES_FAILURE,
        groupName: 'CocoPharma:IntegrationGroup:Données cliniques',
        restarted: false,
      },
      {
        status: 'RUNNING',
        at: '2026-01-01T09:00:00.000Z',
        observedAt: '2026-01-01T09:00:00.000Z',
        restarted: false,
      },
    ]);
    await openConnector();
    const live = screen.getByRole('region', { name: 'Live status' });
    expect(
      await within(live).findByText('Why it failed: Directory does not exist'),
    ).toBeInTheDocument();
    expect(live).toHaveTextContent(
      'The connector is unable to locate the file it has been asked to work with.',
    );

    const timeline = screen.getByRole('region', { name: 'Status history' });
    await within(timeline).findByText('Was RUNNING');
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['FAILED', 'RUNNING']);
    expect(items[0]).toHaveTextContent('BASIC-FILES-INTEGRATION-CONNECTORS-404-001');
    expect(items[1]).toHaveTextContent('First seen by the console');
  });

  it('validates the properties, and asks before a replace removes some', async () => {
    egeria.serve(platform());
    history([]);
    const posted = liveConfig({ waitForDirectory: 'true', depth: 3 });
    const { user } = await openConnector();
    const depth = await screen.findByDisplayValue('3');
    await user.clear(depth);
    await user.type(depth, 'ten');
    await user.tab();
    expect(depth).toHaveAttribute('aria-invalid', 'true');
    expect(depth).toHaveAccessibleDescription(/Enter a number/);
    await user.clear(depth);
    await user.type(depth, '5');

    await user.click(screen.getByRole('button', { name: 'Remove property 2 (waitForDirectory)' }));
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    await user.click(screen.getByRole('button', { name: 'Save to the running connector' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove configuration properties?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('waitForDirectory');
    expect(posted).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Replace and remove 1' }));

    expect(
      await screen.findByText(
        /Saved: the running connector’s configuration properties were replaced/,
      ),
    ).toBeInTheDocument();
    expect(posted).toEqual([
      {
        path: '/integration-connectors/configuration-properties',
        body: {
          class: 'ConnectorConfigPropertiesRequestBody',
          connectorName: NAME,
          mergeUpdate: false,
          configurationProperties: { depth: 5 },
        },
      },
    ]);
  });

  it('merges new properties without asking and says which removed ones stay', async () => {
    egeria.serve(platform());
    history([]);
    const posted = liveConfig({ waitForDirectory: 'true' });
    const { user } = await openConnector();
    await screen.findByDisplayValue('waitForDirectory');
    await user.click(screen.getByRole('button', { name: 'Remove property 1 (waitForDirectory)' }));
    expect(
      screen.getByText(
        /the properties you removed from the list stay on the connector: waitForDirectory/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add property' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of property 1' }), 'recursive');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type of property 1' }),
      'boolean',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value of property 1' }), 'true');
    await user.click(screen.getByRole('button', { name: 'Save to the running connector' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]?.body).toEqual({
      connectorName: NAME,
      class: 'ConnectorConfigPropertiesRequestBody',
      mergeUpdate: true,
      configurationProperties: { recursive: true },
    });
  });

  it('changes the endpoint address after confirmation', async () => {
    egeria.serve(platform());
    history([]);
    const posted = liveConfig({});
    const { user } = await openConnector();
    const address = screen.getByRole('textbox', { name: 'Network address' });
    await user.click(screen.getByRole('button', { name: 'Change the address' }));
    await user.clear(address);
    await user.type(address, '   ');
    await user.tab();
    expect(address).toHaveAccessibleDescription(/Enter the network address/);

    await user.clear(address);
    await user.type(address, 'données/patients/2026');
    await user.click(screen.getByRole('button', { name: 'Change the address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the endpoint address?' });
    await user.click(within(dialog).getByRole('button', { name: 'Change and restart' }));
    expect(
      await screen.findByText(/the daemon restarts the connector with the new address/),
    ).toBeInTheDocument();
    expect(posted).toEqual([
      {
        path: `/integration-connectors/${encodeURIComponent(NAME)}/endpoint-network-address`,
        body: { class: 'StringRequestBody', string: 'données/patients/2026' },
      },
    ]);
  });

  it('keeps unsaved changes as a draft across a reload, and asks before leaving them', async () => {
    egeria.serve(platform());
    history([]);
    liveConfig({});
    const first = await openConnector();
    const address = screen.getByRole('textbox', { name: 'Network address' });
    await first.user.clear(address);
    await first.user.type(address, 'kafka.coco:9092');

    await first.user.click(screen.getByRole('link', { name: DAEMON }));
    const guard = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await first.user.click(within(guard).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1, name: NAME })).toBeInTheDocument();
    first.unmount();

    // A reload: a new app on the same tab.
    const second = await openConnector();
    expect(await screen.findByText(/Restored your unsaved changes/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Network address' })).toHaveValue('kafka.coco:9092');
    await second.user.click(screen.getAllByRole('button', { name: 'Discard them' })[0]!);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Network address' })).not.toHaveValue(
        'kafka.coco:9092',
      ),
    );
    expect(sessionStorage.length).toBe(0);
  });
});
