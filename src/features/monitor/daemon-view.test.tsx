/**
 * The daemon view against MSW handlers built from 5.3 wire examples (jsdom has no EventSource, so
 * the status is polled over REST here; the feed has its own tests).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as W from '../../test/wire-5.3';
import { defined } from '../../test/defined';
import type { FakePlatform } from '../../test/fake-egeria';
import { connectorReport, groupElement } from '../../test/fixtures/egeria-5.3';
import { FILES_FAILURE } from '../../test/estate';
import { currentUrl, renderApp } from '../../test/render-app';
import { daemonPath } from './monitor-paths';
import { DAEMON, platformRunning, setupMonitorTests } from './monitor-test-kit';

const egeria = setupMonitorTests();
afterEach(() => vi.useRealTimers());

const kafkaDown = (host: string) =>
  `org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics (Connection to node -1 (${host}/9092) could not be established. Broker may not be available.)`;

function estate(): { platform: FakePlatform; reports: Map<string, W.IntegrationConnectorReport> } {
  const files = groupElement({ qualifiedName: 'Egeria:IntegrationGroup:Default' });
  const postgres = groupElement({ qualifiedName: 'Egeria:IntegrationGroup:PostgreSQL' });
  const reports = new Map<string, W.IntegrationConnectorReport>([
    [
      'FilesCataloguer',
      connectorReport({
        connectorName: 'FilesCataloguer',
        status: 'FAILED',
        failingExceptionMessage: FILES_FAILURE,
      }),
    ],
    [
      'KafkaOne',
      connectorReport({
        connectorName: 'KafkaOne',
        status: 'FAILED',
        failingExceptionMessage: kafkaDown('coco-events'),
      }),
    ],
    [
      'KafkaTwo',
      connectorReport({
        connectorName: 'KafkaTwo',
        status: 'FAILED',
        failingExceptionMessage: kafkaDown('coco-events'),
      }),
    ],
    [
      'SampleDataCataloguer',
      connectorReport({ connectorName: 'SampleDataCataloguer', status: 'RUNNING' }),
    ],
    [
      'MaintainLastUpdateDate',
      connectorReport({ connectorName: 'MaintainLastUpdateDate', status: 'WAITING' }),
    ],
    [
      'PostgresCataloguer',
      connectorReport({ connectorName: 'PostgresCataloguer', status: 'RUNNING' }),
    ],
  ]);
  for (const [name, report] of reports) report.connectorInstanceId = `${name}-1`;
  const get = (name: string) => defined(reports.get(name));
  const platform = platformRunning([
    [
      files,
      [
        'FilesCataloguer',
        'KafkaOne',
        'KafkaTwo',
        'SampleDataCataloguer',
        'MaintainLastUpdateDate',
      ].map(get),
    ],
    [postgres, [get('PostgresCataloguer')]],
  ]);
  return { platform, reports };
}

interface Sent {
  path: string;
  body: unknown;
}

/** POSTs to the daemon API; a restart brings the connector back RUNNING with a new instance. */
function daemonActions(
  reports: Map<string, W.IntegrationConnectorReport>,
  refuse: string[] = [],
): Sent[] {
  const sent: Sent[] = [];
  egeria.server.use(
    http.post('/api/egeria/sandbox/*', async ({ request }) => {
      const path = new URL(request.url).pathname.replace('/api/egeria/sandbox', '');
      const body = (await request.json()) as { name?: string };
      sent.push({ path, body });
      if (body.name && refuse.includes(body.name))
        return HttpResponse.json({
          class: 'VoidResponse',
          relatedHTTPCode: 400,
          exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
          exceptionErrorMessage: `INTEGRATION-DAEMON-SERVICES-400-031 Integration connector named ${body.name} is not running in the integration daemon ${DAEMON}`,
          exceptionUserAction: 'Check the connector name.',
        });
      if (path.endsWith('/integration-connectors/restart') && body.name) {
        const report = defined(reports.get(body.name));
        report.connectorStatus = 'RUNNING';
        report.connectorInstanceId = `${body.name}-2`;
        report.lastStatusChange = new Date().toISOString();
        delete report.failingExceptionMessage;
      }
      return HttpResponse.json({ class: 'VoidResponse', relatedHTTPCode: 200 });
    }),
  );
  return sent;
}

function reportsTable(): HTMLElement {
  return screen.getByRole('table', { name: /Connector reports of integration-daemon/ });
}

function rowNames(): string[] {
  return within(reportsTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

async function openDaemon(platform: FakePlatform, search = '') {
  egeria.serve(platform);
  const view = renderApp(`${daemonPath('sandbox', DAEMON)}${search}`);
  await screen.findByRole(
    'table',
    { name: /Connector reports of integration-daemon/ },
    { timeout: 5_000 },
  );
  return view;
}

// Whole-app renders in jsdom take seconds on a loaded machine; the default 5 s is too tight.
describe('daemon view', { timeout: 20_000 }, () => {
  it('lists the groups and every report, worst first, with counters that filter when clicked', async () => {
    const { platform } = estate();
    const { user } = await openDaemon(platform);
    expect(
      screen.getByRole('table', { name: 'Integration groups the daemon runs' }),
    ).toHaveTextContent('Egeria:IntegrationGroup:PostgreSQL');
    expect(rowNames().slice(0, 3).sort()).toEqual(['FilesCataloguer', 'KafkaOne', 'KafkaTwo']);
    expect(rowNames()).toHaveLength(6);
    expect(screen.getByText(/Read every 5 s · Data age:/)).toBeInTheDocument();

    const counters = screen.getByRole('group', { name: 'Connectors by status' });
    await user.click(within(counters).getByRole('button', { name: /Failed 3/ }));
    await waitFor(() =>
      expect(rowNames().sort()).toEqual(['FilesCataloguer', 'KafkaOne', 'KafkaTwo']),
    );
    expect(within(counters).getByRole('button', { name: /Failed 3/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(currentUrl()).toContain('status=FAILED');
    await user.click(within(counters).getByRole('button', { name: /Failed 3/ }));
    await waitFor(() => expect(rowNames()).toHaveLength(6));

    await user.selectOptions(screen.getByLabelText('Group'), 'Egeria:IntegrationGroup:PostgreSQL');
    await waitFor(() => expect(rowNames()).toEqual(['PostgresCataloguer']));
    await user.selectOptions(screen.getByLabelText('Group'), '');
    await waitFor(() => expect(rowNames()).toHaveLength(6));
    await user.type(screen.getByLabelText('Filter by name'), 'kafka');
    await waitFor(() => expect(rowNames().sort()).toEqual(['KafkaOne', 'KafkaTwo']), {
      timeout: 5_000,
    });
  });

  it('sorts by a column and says so with aria-sort', async () => {
    const { platform } = estate();
    const { user } = await openDaemon(platform);
    await user.click(within(reportsTable()).getByRole('button', { name: /^Connector/ }));
    await waitFor(() =>
      expect(rowNames()).toEqual([
        'FilesCataloguer',
        'KafkaOne',
        'KafkaTwo',
        'MaintainLastUpdateDate',
        'PostgresCataloguer',
        'SampleDataCataloguer',
      ]),
    );
    expect(
      within(reportsTable()).getByRole('columnheader', { name: /^Connector/ }),
    ).toHaveAttribute('aria-sort', 'ascending');
  });

  it('groups identical failures and explains them with Egeria’s actions or the console’s', async () => {
    const { platform } = estate();
    const { user } = await openDaemon(platform);
    const failures = screen.getByRole('region', { name: 'Failures, grouped' });
    const kafka = within(failures).getByText(
      '2 connectors: same endpoint unreachable (coco-events:9092)',
    );
    await user.click(kafka);
    const kafkaGroup = defined(kafka.closest('li'));
    expect(within(kafkaGroup).getByRole('link', { name: 'KafkaOne' })).toBeInTheDocument();
    expect(within(kafkaGroup).getByText(/the explanation is the console’s/)).toBeInTheDocument();

    const files = within(failures).getByText(/1 connector: directory missing/);
    await user.click(files);
    const filesGroup = defined(files.closest('li'));
    expect(filesGroup).toHaveTextContent('BASIC-FILES-INTEGRATION-CONNECTORS-404-001');
    expect(filesGroup).toHaveTextContent(
      'The connector is unable to locate the file it has been asked to work with.',
    );
    expect(filesGroup).toHaveTextContent(
      'System and user action from Egeria’s message definition.',
    );
  });

  it('restarts a connector only after confirmation, then shows the outcome', async () => {
    const { platform, reports } = estate();
    const sent = daemonActions(reports);
    const { user } = await openDaemon(platform);
    await user.click(screen.getByRole('button', { name: 'Restart FilesCataloguer' }));
    const dialog = screen.getByRole('dialog', { name: 'Restart FilesCataloguer?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Restart FilesCataloguer' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restart' }));
    const results = screen.getByRole('region', { name: 'Action results' });
    await waitFor(() => expect(within(results).getByText(/Done:/)).toBeInTheDocument());
    expect(within(results).getByText('Running')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        path: `/servers/${DAEMON}/open-metadata/integration-daemon/users/garygeeke/integration-connectors/restart`,
        body: { class: 'NameRequestBody', name: 'FilesCataloguer' },
      },
    ]);
  });

  it('offers a viewer no restart, refresh or refresh-config, and says which role would', async () => {
    const { platform, reports } = estate();
    const sent = daemonActions(reports);
    egeria.serveAs({ role: 'viewer', userName: 'vera' }, platform);
    renderApp(daemonPath('sandbox', DAEMON));
    await screen.findByRole('table', { name: /Connector reports of integration-daemon/ });
    expect(
      screen.getByText(
        'Restarting, refreshing and refreshing configurations needs the operator role on Sandbox; your role is viewer.',
      ),
    ).toBeInTheDocument();
    for (const name of [
      'Restart FilesCataloguer',
      'Refresh FilesCataloguer',
      'Refresh all',
      /^Restart all failed/,
      /^Refresh the configuration of/,
    ])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('lets an operator restart, and lists the restart among the connector’s console actions', async () => {
    const { platform, reports } = estate();
    daemonActions(reports);
    egeria.serveAs({ role: 'operator', userName: 'otto' }, platform);
    const { user } = renderApp(daemonPath('sandbox', DAEMON));
    await user.click(await screen.findByRole('button', { name: 'Restart FilesCataloguer' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restart' }));
    const results = screen.getByRole('region', { name: 'Action results' });
    await waitFor(() => expect(within(results).getByText(/Done:/)).toBeInTheDocument());
    expect(screen.queryByText(/needs the operator role/)).not.toBeInTheDocument();

    // The connector's page also shows its recorded status history: none here.
    egeria.server.use(
      http.get('/api/history/:platformId/:daemon/:connectorName', ({ params }) =>
        HttpResponse.json({
          platformId: 'sandbox',
          daemon: DAEMON,
          connectorName: String(params['connectorName']),
          entries: [],
          keptPerConnector: 500,
        }),
      ),
    );
    await user.click(within(reportsTable()).getByRole('link', { name: 'FilesCataloguer' }));
    const actions = await screen.findByRole('table', { name: 'Actions taken through the console' });
    const row = within(actions).getByRole('row', { name: /connector\.restart/ });
    expect(row).toHaveTextContent('otto');
    expect(row).toHaveTextContent('(operator)');
    expect(row).toHaveTextContent('succeeded');
  });

  it('restarts all failed connectors with a result for each', async () => {
    const { platform, reports } = estate();
    const sent = daemonActions(reports, ['KafkaTwo']);
    const { user } = await openDaemon(platform);
    await user.click(screen.getByRole('button', { name: 'Restart all failed (3)' }));
    const dialog = screen.getByRole('dialog', { name: 'Restart 3 connectors?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
        .sort(),
    ).toEqual(['FilesCataloguer', 'KafkaOne', 'KafkaTwo']);
    await user.click(within(dialog).getByRole('button', { name: 'Restart 3' }));
    const results = screen.getByRole('region', { name: 'Action results' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('listitem')
          .map((li) => li.getAttribute('data-outcome'))
          .sort(),
      ).toEqual(['refused', 'settled', 'settled']),
    );
    const refused = within(results).getByRole('link', { name: 'KafkaTwo' }).closest('li');
    expect(refused).toHaveTextContent('Refused: INTEGRATION-DAEMON-SERVICES-400-031');
    expect(sent.map((s) => (s.body as { name: string }).name).sort()).toEqual([
      'FilesCataloguer',
      'KafkaOne',
      'KafkaTwo',
    ]);
  });

  it('restarts the selected connectors', async () => {
    const { platform, reports } = estate();
    const sent = daemonActions(reports);
    const { user } = await openDaemon(platform);
    await user.click(screen.getByRole('checkbox', { name: /Select KafkaOne/ }));
    await user.click(screen.getByRole('checkbox', { name: /Select SampleDataCataloguer/ }));
    await user.click(screen.getByRole('button', { name: 'Restart selected (2)' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restart 2' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((s) => (s.body as { name: string }).name).sort()).toEqual([
      'KafkaOne',
      'SampleDataCataloguer',
    ]);
  });

  it('refreshes a group’s configuration and every connector, asking first', async () => {
    const { platform, reports } = estate();
    const sent = daemonActions(reports);
    const refreshConfig: string[] = [];
    egeria.server.use(
      http.get(
        '/api/egeria/sandbox/servers/:daemon/open-metadata/integration-daemon/users/:user/integration-groups/:group/refresh-config',
        ({ params }) => {
          refreshConfig.push(String(params['group']));
          return HttpResponse.json({ class: 'VoidResponse', relatedHTTPCode: 200 });
        },
      ),
    );
    const { user } = await openDaemon(platform);
    await user.click(
      screen.getByRole('button', {
        name: 'Refresh the configuration of Egeria:IntegrationGroup:PostgreSQL',
      }),
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Refresh configuration' }),
    );
    await waitFor(() => expect(refreshConfig).toEqual(['Egeria:IntegrationGroup:PostgreSQL']));

    await user.click(screen.getByRole('button', { name: 'Refresh all' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Refresh all' }),
    );
    await waitFor(() =>
      expect(sent.map((s) => s.path)).toContain(
        `/servers/${DAEMON}/open-metadata/integration-daemon/users/garygeeke/integration-connectors/refresh`,
      ),
    );
    expect(sent.at(-1)?.body).toEqual({ class: 'NameRequestBody' });
  });

  it('says the status is stale, since when and why, when the daemon stops answering', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { platform } = estate();
    await openDaemon(platform);
    expect(screen.queryByText(/^Stale/)).not.toBeInTheDocument();
    platform.daemons.delete(DAEMON);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      'Stale: the status of integration-daemon cannot be read since',
    );
    expect(banner).toHaveTextContent('OMAG-MULTI-TENANT-404-001');
    expect(banner).toHaveTextContent('may no longer be true');
    expect(
      screen.getByRole('table', { name: 'Connector reports of integration-daemon (stale)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Connectors (last known status)' }),
    ).toBeInTheDocument();
  });

  it('says when the platform’s configuration does not name the daemon', async () => {
    egeria.serve(estate().platform);
    renderApp(daemonPath('sandbox', 'other-daemon'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Integration daemon not configured' }),
    ).toBeInTheDocument();
    expect(screen.getByText('other-daemon', { selector: 'code' })).toBeInTheDocument();
  });
});
