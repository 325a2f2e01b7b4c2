/**
 * The daemon-status query fed by the console server's status feed: every screen that reads the
 * query shows what the feed sends, the query stops polling over REST while fed, a stale event
 * reaches every consumer, and REST polling comes back when the feed is refused.
 */
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorReport } from '../../egeria/model';
import type { ChangesEvent, SnapshotEvent, StaleEvent } from '../../egeria/status-feed-protocol';
import { groupPath } from '../../lib/paths';
import { failOnConsoleOutput } from '../../test/console-guard';
import { defined } from '../../test/defined';
import { DEFAULT_GROUP, demoPlatform } from '../../test/estate';
import { FakeEventSource } from '../../test/fake-event-source';
import { setupFakeEgeria } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { connectorReport } from '../../test/connector-report';

failOnConsoleOutput();
// Whole-app renders in jsdom are slow on a loaded machine: give async queries time.
configure({ asyncUtilTimeout: 5_000 });
const egeria = setupFakeEgeria();
const FEED = '/api/feed/sandbox/integration-daemon';

beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const report = (name: string, status: string, extra: Partial<ConnectorReport> = {}) =>
  connectorReport(name, status, {
    groupName: DEFAULT_GROUP,
    connectorInstanceId: `${name}-1`,
    ...extra,
  });

function snapshot(reports: ConnectorReport[], polledAgoMs = 0): SnapshotEvent {
  const now = Date.now();
  return {
    seq: 1,
    serverTime: now,
    polledAt: now - polledAgoMs,
    pollMs: 5000,
    groups: [{ name: DEFAULT_GROUP, status: 'RUNNING' }],
    reports,
  };
}

function connectorRow(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: /Connectors registered in/ });
  return defined(within(table).getByRole('rowheader', { name }).closest('tr'));
}

const statusRequests = (requests: string[]) => requests.filter((r) => r.endsWith('/status')).length;

async function openGroupPage() {
  const platform = demoPlatform();
  egeria.serve(platform);
  const view = renderApp(groupPath('sandbox', DEFAULT_GROUP));
  await screen.findByText('3 connectors');
  await waitFor(() => expect(FakeEventSource.open(FEED)).toHaveLength(1));
  return { platform, view, stream: defined(FakeEventSource.open(FEED)[0]) };
}

describe('daemon status from the shared feed', () => {
  it('shows what the feed sends on a screen that only knows the status query', async () => {
    const { stream } = await openGroupPage();
    stream.emit(
      'snapshot',
      snapshot([
        report('FilesCataloguer', 'RUNNING'),
        report('SampleDataCataloguer', 'RUNNING'),
        report('MaintainLastUpdateDate', 'RUNNING'),
      ]),
    );
    await waitFor(() =>
      expect(within(connectorRow('FilesCataloguer')).getByText('Running')).toBeInTheDocument(),
    );

    const change: ChangesEvent = {
      seq: 2,
      serverTime: Date.now(),
      polledAt: Date.now(),
      upserted: [
        report('SampleDataCataloguer', 'FAILED', {
          failingExceptionMessage:
            'OCF-CONNECTOR-404-001 Endpoint sample-data is either unknown or unavailable',
        }),
      ],
      removed: [],
    };
    stream.emit('changes', change);
    await waitFor(() =>
      expect(within(connectorRow('SampleDataCataloguer')).getByText('Failed')).toBeInTheDocument(),
    );
    const sample = connectorRow('SampleDataCataloguer');
    expect(within(sample).getByText(/OCF-CONNECTOR-404-001/)).toBeInTheDocument();
    expect(within(connectorRow('FilesCataloguer')).getByText('Running')).toBeInTheDocument();
  });

  it('stops polling over REST while fed, and polls again when the server refuses the feed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { platform, stream } = await openGroupPage();
    stream.emit('snapshot', snapshot([report('FilesCataloguer', 'RUNNING')]));
    const fedAt = statusRequests(platform.requests);
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(statusRequests(platform.requests)).toBe(fedAt);

    stream.fail(true);
    await act(() => vi.advanceTimersByTimeAsync(11_000));
    expect(statusRequests(platform.requests)).toBeGreaterThanOrEqual(fedAt + 2);
  });

  it('tells every consumer that the data is stale, with Egeria’s message, and keeps the last data', async () => {
    const { stream } = await openGroupPage();
    stream.emit('snapshot', snapshot([report('FilesCataloguer', 'RUNNING')]));
    const stale: StaleEvent = {
      serverTime: Date.now(),
      since: Date.now() - 2000,
      lastPolledAt: Date.now() - 7000,
      error: {
        messageId: 'OMAG-MULTI-TENANT-404-001',
        text: 'The OMAG Server integration-daemon is not available to service a request from user garygeeke',
        userAction: 'Verify that the correct server is being called',
        httpStatus: 200,
        relatedHTTPCode: 404,
      },
    };
    stream.emit('stale', stale);
    const banner = await screen.findByText(/Live status from daemon/);
    expect(banner.closest('[role="status"]')).toHaveTextContent('OMAG-MULTI-TENANT-404-001');
    expect(banner.closest('[role="status"]')).toHaveTextContent('showing its last answer');
    expect(within(connectorRow('FilesCataloguer')).getByText('Running')).toBeInTheDocument();

    stream.emit('snapshot', snapshot([report('FilesCataloguer', 'FAILED')]));
    await waitFor(() =>
      expect(screen.queryByText(/Live status from daemon/)).not.toBeInTheDocument(),
    );
  });

  it('closes the stream a little after the last screen that watches the daemon goes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { view } = await openGroupPage();
    await act(() => view.router.navigate('/no/such/page'));
    await screen.findByRole('heading', { level: 1, name: /not found/i });
    expect(FakeEventSource.open(FEED)).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(FakeEventSource.open(FEED)).toHaveLength(0);
  });
});
