import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupPath } from '../../lib/paths';
import { failOnConsoleOutput } from '../../test/console-guard';
import { defined } from '../../test/defined';
import { fakePlatform, platformInfo } from '../../test/fake-egeria';
import {
  connectorReport,
  daemonStatus,
  groupElement,
  groupSummary,
  registrationElement,
} from '../../test/fixtures/egeria-5.3';
import {
  AWKWARD_NAMES,
  CAFE_GROUP,
  DEFAULT_GROUP,
  FILES_FAILURE,
  FINANCE_GROUP,
  SLASHES_GROUP,
  XSS_TEXT,
  demoPlatform,
} from '../../test/estate';
import { setupFakeEgeria } from '../../test/msw-server';
import { currentUrl, renderApp } from '../../test/render-app';

failOnConsoleOutput();
const egeria = setupFakeEgeria();

afterEach(() => {
  vi.useRealTimers();
});

function connectorsTable(): HTMLElement {
  return screen.getByRole('table', { name: /Connectors registered in/ });
}

/** Serves `platform` and opens its Default group, once the page lists its three connectors. */
async function openDefaultGroup(platform = demoPlatform()) {
  egeria.serve(platform);
  const view = renderApp(groupPath('sandbox', DEFAULT_GROUP));
  await screen.findByText('3 connectors');
  return view;
}

/** The connector names the table shows, in its order. */
function shownConnectorNames(): (string | null)[] {
  return within(connectorsTable())
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
}

/** The row whose row header is this connector name. */
function connectorRow(connectorName: string): HTMLElement {
  const header = within(connectorsTable()).getByRole('rowheader', { name: connectorName });
  return defined(header.closest('tr'), `row of ${connectorName}`);
}

/**
 * Waits for text anywhere on the page with a cheap check. findByText re-runs a full query on every
 * DOM change, which on a 100-row table costs far more than the page itself (jsdom settles a
 * 2,000-connector group in under a second).
 */
async function waitForPageText(text: string): Promise<void> {
  await waitFor(() => expect(document.body.textContent).toContain(text), { timeout: 10_000 });
}

describe('group page', () => {
  it.each([DEFAULT_GROUP, ...AWKWARD_NAMES])('opens from a deep link to %s', async (name) => {
    egeria.serve(demoPlatform());
    renderApp(groupPath('sandbox', name));
    const details = await screen.findByText('Qualified name', { selector: 'dt' });
    expect(defined(details.nextElementSibling)).toHaveTextContent(name);
    // The URL is left exactly as it was: one encoded segment.
    expect(currentUrl()).toBe(`/p/sandbox/groups/${encodeURIComponent(name)}`);
  });

  it('reads a hand-typed address with raw slashes and spaces as the same group', async () => {
    egeria.serve(demoPlatform());
    renderApp('/p/sandbox/groups/a/b/c');
    expect(await screen.findByRole('heading', { level: 1, name: 'Slashes' })).toBeInTheDocument();
    expect(screen.getByText(SLASHES_GROUP, { selector: 'code' })).toBeInTheDocument();
  });

  it('links from the list to the group and back, encoding the name as one segment', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp('/p/sandbox/groups');
    await user.click(await screen.findByRole('link', { name: FINANCE_GROUP }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Finance landing' }),
    ).toBeInTheDocument();
    expect(currentUrl()).toBe('/p/sandbox/groups/Finance%3ALanding%20zone%2F2024');

    await user.click(screen.getByRole('link', { name: 'Integration groups', current: false }));
    expect(await screen.findByText('12 groups')).toBeInTheDocument();
  });

  it('redirects /groups/<name> to the same group on the first platform', async () => {
    const first = demoPlatform();
    const second = fakePlatform({
      info: platformInfo({ id: 'prod', label: 'Production', sandbox: false }),
    });
    egeria.serve(first, second);
    renderApp(`/groups/${encodeURIComponent(CAFE_GROUP)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Café' })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/p/sandbox/groups/${encodeURIComponent(CAFE_GROUP)}`);
  });

  it('shows the definition, the GUID to copy and the daemons that run the group', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp(groupPath('sandbox', DEFAULT_GROUP));
    expect(await screen.findByRole('heading', { level: 1, name: 'Default' })).toBeInTheDocument();
    expect(screen.getByText('Connectors that catalog files and sample data')).toBeInTheDocument();
    expect(screen.getByText('5.3')).toBeInTheDocument();
    expect(screen.getByText('owner')).toBeInTheDocument();
    expect(screen.getByText('platform team')).toBeInTheDocument();

    const guid = '2648e33f-7501-4789-b524-f025bb9eaa57';
    expect(screen.getByText(guid)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy GUID' }));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(guid);

    const runningIn = screen.getByRole('region', { name: 'Running in' });
    expect(await within(runningIn).findByText('integration-daemon')).toBeInTheDocument();
    expect(within(runningIn).getByText('Running')).toBeInTheDocument();
  });

  it('lists the registered connectors with their definition, catalog targets and live status', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp(groupPath('sandbox', DEFAULT_GROUP));
    await screen.findByRole('heading', { level: 1, name: 'Default' });
    expect(await screen.findByText('3 connectors')).toBeInTheDocument();

    const files = connectorRow('FilesCataloguer');
    expect(
      within(files).getByText('Egeria:IntegrationGroup:Demo:FilesCataloguer'),
    ).toBeInTheDocument();
    const type = within(files).getByText('DataFilesMonitorIntegrationProvider');
    expect(type).toHaveAttribute(
      'title',
      'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
    );
    expect(within(files).getByText('data/landing-area')).toBeInTheDocument();
    expect(within(files).getByText('60')).toBeInTheDocument();
    expect(await within(files).findByText('3')).toBeInTheDocument();
    expect(await within(files).findByText('Failed')).toBeInTheDocument();

    // The failing message: shortened in the row, the whole text one click away.
    const fullMessage = within(files).getByText(FILES_FAILURE, { selector: 'p' });
    expect(fullMessage).not.toBeVisible();
    await user.click(
      within(files).getByText(/^BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory/, {
        selector: 'summary',
      }),
    );
    expect(fullMessage).toBeVisible();

    const sample = connectorRow('SampleDataCataloguer');
    expect(within(sample).getByText('Running')).toBeInTheDocument();
    expect(await within(sample).findByText('1')).toBeInTheDocument();
    const lastUpdate = connectorRow('MaintainLastUpdateDate');
    expect(within(lastUpdate).getByText('Waiting')).toBeInTheDocument();
    expect(within(lastUpdate).getByText('1440')).toBeInTheDocument();
    expect(await within(lastUpdate).findByText('0')).toBeInTheDocument();
  });

  it('filters connectors by status and name, keeping the filters in the URL', async () => {
    const { user } = await openDefaultGroup();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Failed (any)');
    expect(await screen.findByText('1 of 3 match')).toBeInTheDocument();
    expect(shownConnectorNames()).toEqual(['FilesCataloguer']);
    expect(currentUrl()).toContain('status=failed');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');
    await user.type(screen.getByRole('searchbox', { name: 'Filter connectors' }), 'sample');
    expect(await screen.findByText('1 of 3 match')).toBeInTheDocument();
    expect(shownConnectorNames()).toEqual(['SampleDataCataloguer']);
  });

  it('follows live status as the daemon reports changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const platform = demoPlatform();
    await openDefaultGroup(platform);
    expect(
      await within(connectorRow('SampleDataCataloguer')).findByText('Running'),
    ).toBeInTheDocument();

    const group = defined(platform.groups[0]);
    platform.daemons.set(
      'integration-daemon',
      daemonStatus([
        groupSummary(group, 'RUNNING', [
          connectorReport({ connectorName: 'FilesCataloguer', status: 'RUNNING' }),
          connectorReport({
            connectorName: 'SampleDataCataloguer',
            status: 'CONFIG_FAILED',
            failingExceptionMessage: 'Bad config',
          }),
          connectorReport({ connectorName: 'MaintainLastUpdateDate', status: 'REFRESHING' }),
        ]),
      ]),
    );
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    const sample = connectorRow('SampleDataCataloguer');
    expect(await within(sample).findByText('Config failed')).toBeInTheDocument();
    expect(within(sample).getByText('Bad config')).toBeInTheDocument();
    expect(within(connectorRow('FilesCataloguer')).getByText('Running')).toBeInTheDocument();
    expect(
      within(connectorRow('MaintainLastUpdateDate')).getByText('Refreshing'),
    ).toBeInTheDocument();
  });

  it('loads every page of a 2,000-connector group and shows it 100 rows at a time', async () => {
    const group = groupElement({ qualifiedName: 'Bulk:Group', displayName: 'Bulk' });
    const registrations = Array.from({ length: 2000 }, (_, i) =>
      registrationElement({
        connectorName: `Connector${String(i).padStart(4, '0')}`,
        address: `bulk/${i}`,
      }),
    );
    const reports = registrations.map((r, i) =>
      connectorReport({
        connectorName: r.registrationProperties?.connectorName ?? '',
        status: i % 10 === 0 ? 'FAILED' : 'RUNNING',
        failingExceptionMessage: i % 10 === 0 ? `Failure ${i}` : undefined,
      }),
    );
    const platform = fakePlatform({
      groups: [group],
      registrations: new Map([[group.elementHeader.guid, registrations]]),
      daemons: new Map([
        ['integration-daemon', daemonStatus([groupSummary(group, 'RUNNING', reports)])],
      ]),
    });
    egeria.serve(platform);
    const { user } = renderApp(groupPath('sandbox', 'Bulk:Group'));

    await waitForPageText('2,000 connectors');
    // A first page of 200 to show rows at once, then Egeria's largest page (1000), then two of
    // those at once (the second finds the end).
    const pages = platform.requests.filter((r) => r.includes('/integration-connectors?'));
    expect(pages.map((r) => new URL(r.split(' ')[1] ?? '', 'http://x').search)).toEqual([
      '?startingFrom=0&maximumResults=200',
      '?startingFrom=200&maximumResults=1000',
      '?startingFrom=1200&maximumResults=1000',
      '?startingFrom=2200&maximumResults=1000',
    ]);
    expect(shownConnectorNames()).toHaveLength(100);
    expect(screen.getByText('Showing 1–100 of 2,000')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Failed (any)');
    await waitForPageText('200 of 2,000 match');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitForPageText('Showing 101–200 of 200');
    expect(within(connectorsTable()).getAllByRole('rowheader')[0]).toHaveTextContent(
      'Connector1000',
    );
    // A big fixture rendered in jsdom: generous time on a loaded 2-core machine, not a speed check.
  }, 30_000);

  it('says when no daemon runs the group and when it has no connectors', async () => {
    egeria.serve(demoPlatform());
    renderApp(groupPath('sandbox', 'Egeria:IntegrationGroup:ApacheKafka'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Apache Kafka' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/No daemon of this platform runs this group/),
    ).toBeInTheDocument();
    expect(await screen.findByText('No registered connectors')).toBeInTheDocument();
  });

  it('shows connectors as not running when no daemon runs their group', async () => {
    const platform = demoPlatform();
    platform.daemons.set('integration-daemon', daemonStatus([]));
    await openDefaultGroup(platform);
    expect(
      await within(connectorRow('FilesCataloguer')).findByText('Not running'),
    ).toBeInTheDocument();
  });

  it('says which name was looked up when no group has it, and links back to the list', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp(groupPath('sandbox', 'Egeria:IntegrationGroup:Nope / 42'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Integration group not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Egeria:IntegrationGroup:Nope / 42')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to all integration groups' }));
    expect(await screen.findByText('12 groups')).toBeInTheDocument();
  });

  it('shows a viewer the group without the links to change it, and says why', async () => {
    egeria.serveAs({ role: 'viewer', userName: 'vera' }, demoPlatform());
    renderApp(groupPath('sandbox', 'Egeria:IntegrationGroup:Default'));
    await screen.findByRole('heading', { level: 1 });
    const actions = screen.getByRole('navigation', { name: 'Group actions' });
    expect(within(actions).getByRole('link', { name: 'Graph' })).toBeInTheDocument();
    for (const name of ['Edit group', 'Delete group', 'New connector', 'Register connector'])
      expect(within(actions).queryByRole('link', { name })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Changing this group, its connectors and their registrations needs the editor role on Sandbox; your role is viewer.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Edit registration of/ })).not.toBeInTheDocument();
    expect(
      await screen.findByText('Nothing has been done to it through this console.'),
    ).toBeInTheDocument();
  });

  it('renders HTML-looking names and descriptions as text', async () => {
    egeria.serve(
      demoPlatform({
        groups: [
          groupElement({
            qualifiedName: 'Security:Untrusted',
            displayName: '<b>bold</b>',
            description: XSS_TEXT,
          }),
        ],
      }),
    );
    renderApp(groupPath('sandbox', 'Security:Untrusted'));
    expect(
      await screen.findByRole('heading', { level: 1, name: '<b>bold</b>' }),
    ).toBeInTheDocument();
    expect(screen.getByText(XSS_TEXT)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await waitFor(() =>
      expect(screen.queryByText('Checking the daemons…')).not.toBeInTheDocument(),
    );
  });
});
