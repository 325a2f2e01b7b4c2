import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectorReport, DaemonStatus } from '../../egeria/model';
import type { ChangesEvent, SnapshotEvent, StaleEvent } from '../../egeria/status-feed-protocol';
import { DaemonFeed, type FeedEvent } from './daemon-feed';
import { PollFailure } from './feed-errors';
import { diffStatus } from './status-diff';
import { connectorReport } from '../../test/connector-report';

const report = connectorReport;

function daemon(reports: ConnectorReport[]): DaemonStatus {
  return {
    groups: [{ name: 'G', status: 'RUNNING', connectors: reports }],
    connectors: reports,
  };
}

describe('diffStatus', () => {
  it('treats everything as new on the first poll and nothing as changed on an equal one', () => {
    const first = diffStatus(undefined, daemon([report('a'), report('b')]));
    expect(first.upserted.map((r) => r.connectorName)).toEqual(['a', 'b']);
    expect(first.groupsChanged).toBe(true);
    const again = diffStatus(first.state, daemon([report('a'), report('b')]));
    expect(again.upserted).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.groupsChanged).toBe(false);
  });

  it('reports changed, removed and regrouped connectors by group and name', () => {
    const first = diffStatus(undefined, daemon([report('a'), report('b'), report('c')]));
    const next = diffStatus(
      first.state,
      daemon([report('a', 'FAILED'), report('b', 'RUNNING', { statistics: { files: 3 } })]),
    );
    expect(next.upserted.map((r) => r.connectorName)).toEqual(['a', 'b']);
    expect(next.removed).toEqual([{ groupName: 'G', connectorName: 'c' }]);
  });
});

describe('DaemonFeed', () => {
  let status: DaemonStatus;
  let failWith: PollFailure | undefined;
  let polls: number;
  const poll = vi.fn(async () => {
    polls += 1;
    if (failWith) throw failWith;
    return status;
  });

  beforeEach(() => {
    vi.useFakeTimers();
    status = daemon([report('a'), report('b')]);
    failWith = undefined;
    polls = 0;
  });
  afterEach(() => vi.useRealTimers());

  const feed = (extra: Partial<ConstructorParameters<typeof DaemonFeed>[0]> = {}) =>
    new DaemonFeed({ poll, pollMs: 1000, fastPollMs: 200, hurryMaxMs: 5000, ...extra });
  const collect = () => {
    const events: FeedEvent[] = [];
    return { events, listener: (e: FeedEvent) => events.push(e) };
  };

  it('polls once per interval however many subscribe, and not at all while nobody does', async () => {
    const f = feed();
    expect(polls).toBe(0);
    const subscribers = Array.from({ length: 20 }, collect);
    const offs = subscribers.map((s) => f.subscribe(s.listener));
    await vi.advanceTimersByTimeAsync(0);
    expect(polls).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(polls).toBe(6);
    for (const s of subscribers) expect(s.events).toHaveLength(6);
    for (const off of offs) off();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(polls).toBe(6);
  });

  it('reads a status that takes long to read less often, and says so in the snapshot', async () => {
    let readMs = 600;
    const slow = feed({
      poll: async () => {
        polls += 1;
        await new Promise((resolve) => setTimeout(resolve, readMs));
        return status;
      },
    });
    const s = collect();
    slow.subscribe(s.listener);
    await vi.advanceTimersByTimeAsync(600);
    // At most a tenth of the time reading: a read of 600 ms, one every 6 s rather than every 1 s.
    expect(polls).toBe(1);
    expect(slow.pollMs).toBe(6000);
    expect((s.events[0]!.data as SnapshotEvent).pollMs).toBe(6000);
    await vi.advanceTimersByTimeAsync(5200);
    expect(polls).toBe(1);
    readMs = 20;
    await vi.advanceTimersByTimeAsync(200);
    expect(polls).toBe(2);
    // A quick read brings the configured interval back.
    await vi.advanceTimersByTimeAsync(20);
    expect(slow.pollMs).toBe(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(3);
  });

  it('gives a late subscriber the current snapshot at once, with its true poll time', async () => {
    const f = feed();
    const first = collect();
    f.subscribe(first.listener);
    await vi.advanceTimersByTimeAsync(0);
    const polledAt = (first.events[0]!.data as SnapshotEvent).polledAt;
    await vi.advanceTimersByTimeAsync(400);
    const late = collect();
    f.subscribe(late.listener);
    expect(late.events).toHaveLength(1);
    const snapshot = late.events[0]!.data as SnapshotEvent;
    expect(late.events[0]!.event).toBe('snapshot');
    expect(snapshot.polledAt).toBe(polledAt);
    expect(snapshot.serverTime - snapshot.polledAt).toBe(400);
    expect(snapshot.reports.map((r) => r.connectorName)).toEqual(['a', 'b']);
  });

  it('sends only what changed, and an empty change when nothing did', async () => {
    const f = feed();
    const s = collect();
    f.subscribe(s.listener);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect((s.events[1]!.data as ChangesEvent).upserted).toEqual([]);
    status = daemon([
      report('a'),
      report('b', 'FAILED', { failingExceptionMessage: 'X-400-001 boom' }),
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    const change = s.events[2]!.data as ChangesEvent;
    expect(change.upserted.map((r) => [r.connectorName, r.status])).toEqual([['b', 'FAILED']]);
    expect(change.groups).toBeUndefined();
  });

  it('marks the data stale on the first failing poll, once, and sends a snapshot on recovery', async () => {
    const f = feed();
    const s = collect();
    f.subscribe(s.listener);
    await vi.advanceTimersByTimeAsync(0);
    failWith = new PollFailure({
      messageId: 'OMAG-MULTI-TENANT-404-001',
      text: 'down',
      httpStatus: 200,
    });
    await vi.advanceTimersByTimeAsync(1000);
    const failedAt = Date.now();
    await vi.advanceTimersByTimeAsync(2000);
    const stale = s.events.filter((e) => e.event === 'stale');
    expect(stale).toHaveLength(1);
    expect((stale[0]!.data as StaleEvent).since).toBe(failedAt);
    expect((stale[0]!.data as StaleEvent).error.messageId).toBe('OMAG-MULTI-TENANT-404-001');
    failWith = undefined;
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.events.at(-1)!.event).toBe('snapshot');
  });

  it('hurries after an action until the watched connectors settle, then slows down', async () => {
    const f = feed();
    const s = collect();
    f.subscribe(s.listener);
    await vi.advanceTimersByTimeAsync(0);
    status = daemon([report('a', 'INITIALIZED'), report('b')]);
    expect(f.hurryFor(['a'])).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(polls).toBe(2);
    await vi.advanceTimersByTimeAsync(600);
    expect(polls).toBe(5);
    status = daemon([report('a', 'RUNNING'), report('b')]);
    await vi.advanceTimersByTimeAsync(200);
    const settledAt = polls;
    await vi.advanceTimersByTimeAsync(900);
    expect(polls).toBe(settledAt);
    await vi.advanceTimersByTimeAsync(100);
    expect(polls).toBe(settledAt + 1);
  });

  it('does not hurry for nobody', () => {
    expect(feed().hurryFor(['a'])).toBe(false);
  });
});
