import { describe, expect, it } from 'vitest';
import type { ConnectorReport } from '../../egeria/model';
import {
  marksOf,
  OUTCOME_TIMEOUT_MS,
  outcomeOf,
  UNCHANGED_AFTER_MS,
  type TrackedItem,
} from './action-outcomes';
import { ConfigFormSchema, propertiesOf, removedNames, rowsOf } from './live-config-model';
import { daemonConnectorPath, daemonPath, monitorLocation } from './monitor-paths';
import { countByStatus, failedConnectorNames, visibleReports } from './report-rows';
import { connectorReport } from '../../test/connector-report';

const report = (name: string, status: string, extra: Partial<ConnectorReport> = {}) =>
  connectorReport(name, status, {
    connectorInstanceId: 'i1',
    lastStatusChange: '2026-01-01T10:00:00.000Z',
    ...extra,
  });

describe('monitor paths', () => {
  it.each([
    ['integration-daemon', undefined],
    ['daemon/with slash', 'Moniteur des données patients'],
    ['100% ?#', 'a/b?c#d'],
  ])('round-trips daemon %s and connector %s through one segment each', (daemon, connector) => {
    const path = connector
      ? daemonConnectorPath('p1', daemon, connector)
      : daemonPath('p1', daemon);
    expect(monitorLocation(path)).toEqual(
      connector ? { daemon, connectorName: connector } : { daemon },
    );
  });

  it('rejects malformed escapes and other paths', () => {
    expect(monitorLocation('/p/p1/daemons/%E0%A4%A')).toBeUndefined();
    expect(monitorLocation('/p/p1/groups/x')).toBeUndefined();
  });
});

describe('action outcomes', () => {
  const before = report('c', 'FAILED', { failingExceptionMessage: 'boom' });
  const item = (extra: Partial<TrackedItem> = {}): TrackedItem => ({
    connectorName: 'c',
    before: new Map([['G', marksOf(before)]]),
    acceptedAt: 1_000,
    ...extra,
  });

  it('is sending until Egeria accepts, and refused when it does not', () => {
    expect(outcomeOf('restart', item({ acceptedAt: undefined }), [before], 1_500).phase).toBe(
      'sending',
    );
    expect(outcomeOf('restart', item({ error: new Error('x') }), [before], 1_500).phase).toBe(
      'refused',
    );
  });

  it('settles a restart once a new instance reports a settled status', () => {
    const starting = report('c', 'INITIALIZED', { connectorInstanceId: 'i2' });
    expect(outcomeOf('restart', item(), [starting], 2_000).phase).toBe('waiting');
    const running = report('c', 'RUNNING', { connectorInstanceId: 'i2' });
    expect(outcomeOf('restart', item(), [running], 2_000)).toEqual({
      phase: 'settled',
      status: 'RUNNING',
      failingExceptionMessage: undefined,
    });
  });

  it('says so when an accepted action changed nothing, and gives up on endless transitions', () => {
    expect(outcomeOf('refresh', item(), [before], 1_000 + UNCHANGED_AFTER_MS - 1).phase).toBe(
      'waiting',
    );
    expect(outcomeOf('refresh', item(), [before], 1_000 + UNCHANGED_AFTER_MS + 1)).toMatchObject({
      phase: 'unchanged',
      status: 'FAILED',
    });
    const stuck = report('c', 'INITIALIZED', { connectorInstanceId: 'i3' });
    expect(outcomeOf('restart', item(), [stuck], 1_000 + OUTCOME_TIMEOUT_MS + 1).phase).toBe(
      'timeout',
    );
    expect(outcomeOf('restart', item(), [], 2_000).phase).toBe('gone');
  });

  it('counts a refresh as done when the last refresh time moves', () => {
    const refreshed = report('c', 'RUNNING', { lastRefreshTime: '2026-01-01T10:05:00.000Z' });
    const running = report('c', 'RUNNING');
    const it2 = { ...item(), before: new Map([['G', marksOf(running)]]) };
    expect(outcomeOf('refresh', it2, [refreshed], 1_500).phase).toBe('settled');
  });
});

describe('report rows', () => {
  const reports = [
    report('zeta', 'RUNNING'),
    report('alpha', 'FAILED'),
    report('beta', 'WAITING', { groupName: 'H' }),
    report('gamma', 'CONFIG_FAILED'),
    report('alpha', 'RUNNING', { groupName: 'H' }),
  ];

  it('counts by status, what needs attention first', () => {
    expect(countByStatus(reports).map((c) => [c.status, c.count])).toEqual([
      ['FAILED', 1],
      ['CONFIG_FAILED', 1],
      ['WAITING', 1],
      ['RUNNING', 2],
    ]);
  });

  it('filters by status (or any failure), group and name, and sorts', () => {
    const sort = { key: 'connectorName' as const, direction: 'asc' as const };
    const names = (filters: { query?: string; status?: string; group?: string }) =>
      visibleReports(reports, { query: '', status: '', group: '', ...filters }, sort).map(
        (r) => `${r.connectorName}/${r.groupName}`,
      );
    expect(names({ status: 'failed' })).toEqual(['alpha/G', 'gamma/G']);
    expect(names({ group: 'H' })).toEqual(['alpha/H', 'beta/H']);
    expect(names({ query: 'ETA' })).toEqual(['beta/H', 'zeta/G']);
    expect(
      visibleReports(
        reports,
        { query: '', status: '', group: '' },
        { key: 'status', direction: 'asc' },
      ).map((r) => r.status),
    ).toEqual(['FAILED', 'CONFIG_FAILED', 'WAITING', 'RUNNING', 'RUNNING']);
  });

  it('sorts names as a person reads them, also when new names appear between polls', () => {
    const byName = { key: 'connectorName' as const, direction: 'asc' as const };
    const names = (list: ConnectorReport[]) =>
      visibleReports(list, { query: '', status: '', group: '' }, byName).map(
        (r) => r.connectorName,
      );
    const first = [
      report('Connector10', 'RUNNING'),
      report('connector2', 'RUNNING'),
      report('Connector1', 'RUNNING'),
    ];
    expect(names(first)).toEqual(['Connector1', 'connector2', 'Connector10']);
    expect(names([...first, report('Connector3', 'RUNNING'), report('Älpha', 'RUNNING')])).toEqual([
      'Älpha',
      'Connector1',
      'connector2',
      'Connector3',
      'Connector10',
    ]);
  });

  it('lists each failed connector once for “restart all failed”', () => {
    expect(
      failedConnectorNames([...reports, report('alpha', 'FAILED', { groupName: 'K' })]),
    ).toEqual(['alpha', 'gamma']);
  });
});

describe('live configuration model', () => {
  it('types each property by its value and reads them back', () => {
    const properties = {
      waitForDirectory: 'true',
      depth: 3,
      recursive: false,
      templates: { a: [1, 2] },
    };
    const rows = rowsOf(properties);
    expect(rows.map((r) => r.type)).toEqual(['number', 'boolean', 'json', 'string']);
    expect(propertiesOf(rows)).toEqual(properties);
  });

  it('names each invalid field', () => {
    const result = ConfigFormSchema.safeParse({
      mode: 'merge',
      properties: [
        { name: '', type: 'string', value: 'x' },
        { name: 'n', type: 'number', value: 'ten' },
        { name: 'j', type: 'json', value: '{' },
        { name: 'n', type: 'string', value: 'again' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'properties.0.name',
        'properties.1.value',
        'properties.2.value',
        'properties.3.name',
      ]),
    );
  });

  it('knows which properties a replace would remove', () => {
    expect(removedNames({ a: 1, b: 2, c: 3 }, { b: 5 })).toEqual(['a', 'c']);
  });
});
