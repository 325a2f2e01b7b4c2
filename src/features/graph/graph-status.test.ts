import { describe, expect, it, vi } from 'vitest';
import type { ConnectorReport, DaemonStatus, GroupSummary } from '../../egeria/model';
import { connection, group, registration } from '../../test/graph-data';
import { buildGraphModel } from './graph-model';
import { searchNodes } from './graph-search';
import { liveStatuses, NOT_REPORTED, NOT_RUNNING } from './graph-status';
import { GraphViewStore } from './graph-store';

const report = (connectorName: string, status: string, message?: string): ConnectorReport => ({
  connectorName,
  status,
  failingExceptionMessage: message,
  minMinutesBetweenRefresh: 0,
  statistics: {},
});
const summary = (name: string, connectors: ConnectorReport[]): GroupSummary => ({
  name,
  status: 'RUNNING',
  connectors,
});
const daemon = (groups: GroupSummary[]): DaemonStatus => ({
  groups,
  connectors: groups.flatMap((g) => g.connectors),
});

const model = buildGraphModel(
  [
    {
      qualifiedName: 'Trials',
      group: group('Trials', 'g-t'),
      registrations: [
        registration('Files', 'c-files', connection('n-files')),
        registration('Lineage', 'c-lineage', connection('n-lineage')),
        registration('Quiet', 'c-quiet', connection('n-quiet')),
      ],
    },
    {
      qualifiedName: 'Unity',
      group: group('Unity', 'g-u'),
      registrations: [registration('Unity', 'c-unity', connection('n-unity'))],
    },
  ],
  new Map(),
);

describe('liveStatuses', () => {
  it('reads each connector from every daemon running its group; a failure wins', () => {
    const statuses = liveStatuses(model, [
      {
        daemon: 'd1',
        pending: false,
        status: daemon([
          summary('Trials', [report('Files', 'RUNNING'), report('Lineage', 'WAITING')]),
        ]),
      },
      {
        daemon: 'd2',
        pending: false,
        status: daemon([summary('Trials', [report('Files', 'FAILED', 'XYZ-404-001 gone')])]),
      },
    ]);
    const files = statuses.get('c:c-files');
    expect(files?.status).toBe('FAILED');
    expect(files?.runs.map((r) => [r.daemon, r.report.status])).toEqual([
      ['d1', 'RUNNING'],
      ['d2', 'FAILED'],
    ]);
    expect(statuses.get('c:c-lineage')?.status).toBe('WAITING');
    expect(statuses.get('c:c-quiet')?.status).toBe(NOT_REPORTED);
    expect(statuses.get('c:c-unity')?.status).toBe(NOT_RUNNING);
    expect(statuses.get('g:g-t')?.groupRuns.map((r) => r.daemon)).toEqual(['d1', 'd2']);
    expect(statuses.get('g:g-u')?.status).toBe(NOT_RUNNING);
  });

  it('says nothing yet while a daemon has not answered', () => {
    const statuses = liveStatuses(model, [{ daemon: 'd1', pending: true, status: undefined }]);
    expect(statuses.get('c:c-unity')?.status).toBeUndefined();
  });
});

describe('GraphViewStore', () => {
  it('wakes only the nodes whose status or selection changed', () => {
    const store = new GraphViewStore();
    const files = vi.fn();
    const unity = vi.fn();
    store.subscribeNode('c:c-files', files);
    store.subscribeNode('c:c-unity', unity);
    const running = liveStatuses(model, [
      {
        daemon: 'd1',
        pending: false,
        status: daemon([summary('Trials', [report('Files', 'RUNNING')])]),
      },
    ]);
    store.setStatuses(running);
    expect(files).toHaveBeenCalledTimes(1);
    expect(unity).toHaveBeenCalledTimes(1);
    store.setStatuses(
      liveStatuses(model, [
        {
          daemon: 'd1',
          pending: false,
          status: daemon([summary('Trials', [report('Files', 'FAILED')])]),
        },
      ]),
    );
    expect(files).toHaveBeenCalledTimes(2);
    expect(unity).toHaveBeenCalledTimes(1);
    expect(store.status('c:c-files')).toBe('FAILED');

    store.select({ type: 'node', id: 'c:c-unity' });
    expect(unity).toHaveBeenCalledTimes(2);
    expect(files).toHaveBeenCalledTimes(2);
    const before = store.focusCount;
    store.select({ type: 'node', id: 'c:c-unity' }, true);
    expect(store.focusCount).toBe(before + 1);
  });
});

describe('searchNodes', () => {
  it('ranks exact names, then prefixes, then the rest, and skips hidden nodes', () => {
    const hits = searchNodes(model, 'unity', new Set());
    expect(hits.map((h) => h.id)[0]).toBe('g:g-u');
    expect(hits.map((h) => h.id)).toContain('c:c-unity');
    expect(searchNodes(model, 'QUIET', new Set()).map((h) => h.id)).toEqual([
      'c:c-quiet',
      'n:n-quiet',
    ]);
    expect(searchNodes(model, 'quiet', new Set(['c:c-quiet'])).map((h) => h.id)).toEqual([
      'n:n-quiet',
    ]);
    expect(searchNodes(model, '   ', new Set())).toEqual([]);
  });
});
