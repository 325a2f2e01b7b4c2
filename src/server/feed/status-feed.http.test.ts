/**
 * The status feed over real HTTP: a console server in front of a started sandbox, SSE clients
 * reading the stream, and the sandbox's own request counts as the proof of how many status calls
 * reached Egeria.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectorReport } from '../../egeria/model';
import { reportKey } from '../../egeria/status-feed-protocol';
import {
  ChangesEventSchema,
  HistoryResponseSchema,
  SnapshotEventSchema,
  StaleEventSchema,
} from '../../egeria/status-feed-schemas';
import { startSandbox } from '../../sandbox/sandbox';
import { DEMO } from '../../sandbox/seed/demo-estate';
import { consoleFor, DAEMON, feedOverHttp, fromConsole, POLL_MS } from './feed-http-fixture';
import { openSse, pollEvents, until } from './sse-test-client';

describe('status feed over HTTP', () => {
  const feed = feedOverHttp({
    dialect: 'v5',
    statusRoute: 'GET /servers/:daemon/open-metadata/integration-daemon/users/:userId/status',
    afterEachTest: () => feed.control('POST', '/daemons/integration-daemon/up'),
  });
  const { control, statusCalls, open } = feed;

  it('makes exactly one upstream status call per interval for 20 open clients', async () => {
    const many = Array.from({ length: 20 }, () => open());
    await until(() => many.every((c) => pollEvents(c).length >= 1), 10_000, 'first snapshots');
    await feed.expectOneCallPerInterval(many);
  }, 30_000);

  it('sends a snapshot first, then only what changed, with server times for the data age', async () => {
    const client = open();
    await until(() => pollEvents(client).length >= 2, 10_000, 'snapshot and a poll');
    const snapshot = SnapshotEventSchema.parse(client.events[0]!.data);
    expect(client.events[0]!.event).toBe('snapshot');
    expect(snapshot.pollMs).toBe(POLL_MS);
    expect(snapshot.serverTime).toBeGreaterThanOrEqual(snapshot.polledAt);
    const names = snapshot.reports.map((r) => r.connectorName);
    expect(names).toContain(DEMO.connectors.failed);
    expect(snapshot.groups.map((g) => g.name)).toContain(DEMO.groups.clinicalTrials);

    const seen = client.events.length;
    await control('POST', `/connectors/${DEMO.connectors.virtualConnection}/fail`, {
      message:
        'OCF-CONNECTOR-404-001 Endpoint https://trials.coco.example in connection X for connector instance Y is either unknown or unavailable',
    });
    await until(
      () =>
        client.events
          .slice(seen)
          .some(
            (e) =>
              e.event === 'changes' &&
              (e.data as { upserted: { connectorName: string }[] }).upserted.some(
                (r) => r.connectorName === DEMO.connectors.virtualConnection,
              ),
          ),
      5_000,
      'the failure in a changes event',
    );
    const at = client.events.findIndex(
      (e, i) =>
        i >= seen &&
        e.event === 'changes' &&
        ChangesEventSchema.parse(e.data).upserted.some(
          (r) => r.connectorName === DEMO.connectors.virtualConnection,
        ),
    );
    const change = ChangesEventSchema.parse(client.events[at]!.data);
    // What the client held before that event: the snapshot with every change since.
    const held = new Map<string, ConnectorReport>(snapshot.reports.map((r) => [reportKey(r), r]));
    for (const event of client.events.slice(1, at)) {
      if (event.event !== 'changes') continue;
      const earlier = ChangesEventSchema.parse(event.data);
      for (const r of earlier.upserted) held.set(reportKey(r), r);
      for (const r of earlier.removed) held.delete(reportKey(r));
    }
    // Only connectors that changed travel (another may be refreshing meanwhile), never the estate.
    expect(change.upserted.length).toBeLessThan(snapshot.reports.length);
    for (const report of change.upserted) expect(held.get(reportKey(report))).not.toEqual(report);
    expect(
      change.upserted.find((r) => r.connectorName === DEMO.connectors.virtualConnection),
    ).toMatchObject({ status: 'FAILED' });
    await fetch(
      `${feed.sandbox.url}/servers/${DAEMON}/open-metadata/integration-daemon/users/garygeeke/integration-connectors/restart`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ class: 'NameRequestBody', name: DEMO.connectors.virtualConnection }),
      },
    );
  }, 30_000);

  it('never sends a connection or its secrets', async () => {
    const client = open();
    await until(() => pollEvents(client).length >= 1, 10_000, 'snapshot');
    expect(client.raw).toContain(DEMO.connectors.virtualConnection);
    expect(client.raw).not.toContain('trials-api-s3cret');
    expect(client.raw).not.toContain('ak-7f3e-coco-trials');
    expect(client.raw).not.toContain('clearPassword');
    expect(client.raw).not.toContain('securedProperties');
  }, 30_000);

  it('says the data is stale, with Egeria’s message, while the daemon is down, and recovers', async () => {
    const client = open();
    await until(() => pollEvents(client).length >= 1, 10_000, 'snapshot');
    await control('POST', `/daemons/${DAEMON}/down`);
    await until(() => client.events.some((e) => e.event === 'stale'), 5_000, 'stale event');
    const stale = StaleEventSchema.parse(client.events.find((e) => e.event === 'stale')!.data);
    expect(stale.error.messageId).toBe('OMAG-MULTI-TENANT-404-001');
    expect(stale.error.userAction).toBeTruthy();
    expect(stale.lastPolledAt).toBeLessThanOrEqual(stale.since);

    // A client that connects now gets the last data AND the staleness, never old data as current.
    const late = open();
    await until(() => late.events.length >= 2, 5_000, 'late snapshot and stale');
    expect(late.events.map((e) => e.event)).toEqual(['snapshot', 'stale']);

    await control('POST', `/daemons/${DAEMON}/up`);
    const staleAt = client.events.findIndex((e) => e.event === 'stale');
    await until(
      () => client.events.slice(staleAt + 1).some((e) => e.event === 'snapshot'),
      5_000,
      'fresh snapshot',
    );
  }, 30_000);

  it('stops polling when the last client leaves and keeps heartbeats on idle streams', async () => {
    const client = open();
    await until(() => client.comments.includes('keep-alive'), 5_000, 'heartbeat');
    client.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await control('POST', '/stats/reset');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
    expect(await statusCalls()).toBe(0);
  }, 30_000);

  it('costs the platform one status read when a screen reads the status and opens the feed together', async () => {
    await control('POST', '/stats/reset');
    const read = () =>
      fetch(`${feed.base}/api/ops/sandbox/daemon.status`, {
        method: 'POST',
        headers: { ...fromConsole, 'content-type': 'application/json' },
        body: JSON.stringify({ args: [DAEMON] }),
      });
    // What a screen opening does: its query reads over REST while the feed starts.
    const [answer] = await Promise.all([read(), Promise.resolve(open())]);
    const client = feed.clients.at(-1)!;
    expect(answer.status).toBe(200);
    const { result } = (await answer.json()) as { result: { connectors: unknown[] } };
    await until(() => pollEvents(client).length >= 1, 5_000, 'first snapshot');
    expect(SnapshotEventSchema.parse(client.events[0]!.data).reports).toHaveLength(
      result.connectors.length,
    );
    expect(await statusCalls()).toBe(1);

    // An older read is not reused: the feed's next poll, and a read after it, reach the platform.
    client.close();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await read()).status).toBe(200);
    expect(await statusCalls()).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('answers the health checks of tabs opened together with one origin read', async () => {
    await control('POST', '/stats/reset');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${feed.base}/api/ops/sandbox/platform.origin`, {
          method: 'POST',
          headers: { ...fromConsole, 'content-type': 'application/json' },
          body: JSON.stringify({ args: [] }),
        }).then((r) => r.json() as Promise<{ result: string }>),
      ),
    );
    for (const a of answers) expect(a.result).toMatch(/Egeria/);
    const stats = (await control('GET', '/stats')) as Record<string, number>;
    const origins = Object.entries(stats)
      .filter(([route]) => route.includes('/server-platform/origin'))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(origins).toBe(1);
  }, 30_000);

  it('refuses other sites, unknown platforms and daemons that are not configured', async () => {
    const crossSite = open({ 'sec-fetch-site': 'cross-site' });
    expect(await crossSite.status).toBe(403);
    const sameOrigin = open({ 'sec-fetch-site': 'same-origin' });
    expect(await sameOrigin.status).toBe(200);
    const unknown = open(fromConsole, 'active-metadata-store');
    expect(await unknown.status).toBe(404);
    const res = await fetch(`${feed.base}/api/feed/nope/${DAEMON}`, { headers: fromConsole });
    expect(res.status).toBe(404);
    expect(
      ((await res.json()) as { exceptionErrorMessageId: string }).exceptionErrorMessageId,
    ).toBe('CONSOLE-PROXY-404-001');
    const hurry = await fetch(`${feed.base}/api/feed/sandbox/${DAEMON}/hurry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(hurry.status).toBe(403);
    const fromPage = await fetch(`${feed.base}/api/feed/sandbox/${DAEMON}/hurry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromConsole },
      body: JSON.stringify({ connectorNames: [DEMO.connectors.failed] }),
    });
    expect(fromPage.status).toBe(202);
    // sameOrigin (above) still watches: the feed hurries for it.
    expect(await fromPage.json()).toEqual({ hurrying: true, watchers: 1 });
    const bad = await fetch(`${feed.base}/api/feed/sandbox/${DAEMON}/hurry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromConsole },
      body: JSON.stringify({ connectorNames: 'all' }),
    });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { exceptionErrorMessageId: string }).exceptionErrorMessageId,
    ).toBe('CONSOLE-FEED-400-001');
  }, 30_000);

  it('records status transitions and serves them as history', async () => {
    const client = open();
    await until(() => pollEvents(client).length >= 1, 10_000, 'snapshot');
    await control('POST', `/connectors/${DEMO.connectors.inTwoGroups}/fail`, {
      message: 'Connection refused',
    });
    const url = `${feed.base}/api/history/sandbox/${DAEMON}/${encodeURIComponent(DEMO.connectors.inTwoGroups)}`;
    const read = async () =>
      HistoryResponseSchema.parse(await (await fetch(url, { headers: fromConsole })).json());
    let history = await read();
    for (let i = 0; i < 50 && !history.entries.some((e) => e.status === 'FAILED'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      history = await read();
    }
    const failed = history.entries.find((e) => e.status === 'FAILED');
    expect(failed).toMatchObject({
      previousStatus: 'RUNNING',
      failingExceptionMessage: 'Connection refused',
      groupName: DEMO.groups.clinicalTrials,
    });
    expect(history.keptPerConnector).toBe(500);
  }, 30_000);
});

describe('status feed of a 5.3 daemon that runs no connector', () => {
  it('reads the group summaries when real 5.3 fails /status with a NullPointerException', async () => {
    const sandbox = await startSandbox({ seed: 'empty', minuteMs: 60_000 });
    const app = await consoleFor(sandbox, 'v5');
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const client = openSse(`${base}/api/feed/sandbox/${encodeURIComponent(DAEMON)}`, fromConsole);
    try {
      await until(() => client.events.length >= 1, 10_000, 'first event');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
      expect(client.events.map((e) => e.event)).not.toContain('stale');
      const snapshot = SnapshotEventSchema.parse(client.events[0]!.data);
      expect(snapshot.reports).toEqual([]);
    } finally {
      client.close();
      await app.close();
      await sandbox.close();
    }
  }, 30_000);
});
