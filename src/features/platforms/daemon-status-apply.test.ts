import { describe, expect, it } from 'vitest';
import type { ConnectorReport } from '../../egeria/model';
import type { FeedGroup } from '../../egeria/status-feed-protocol';
import { connectorReport } from '../../test/connector-report';
import { applyChanges, applySnapshot } from './daemon-status-apply';

// Nested statistics: an upsert with equal content must be recognised by value, not by identity.
const report = (
  name: string,
  group: string,
  status = 'RUNNING',
  extra: Partial<ConnectorReport> = {},
): ConnectorReport =>
  connectorReport(name, status, {
    groupName: group,
    statistics: { refreshCount: 1, nested: { files: 3 } },
    ...extra,
  });

const groups: FeedGroup[] = [
  { name: 'A', status: 'RUNNING' },
  { name: 'B', status: 'RUNNING' },
];
const reports = () => [report('a1', 'A'), report('a2', 'A'), report('b1', 'B')];

describe('applySnapshot', () => {
  it('builds groups with their connectors in the daemon’s order', () => {
    const status = applySnapshot(undefined, { groups, reports: reports() });
    expect(status.groups.map((g) => [g.name, g.connectors.map((c) => c.connectorName)])).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
    expect(status.connectors.map((c) => c.connectorName)).toEqual(['a1', 'a2', 'b1']);
  });

  it('returns the very same object when a new snapshot says the same (a reconnect)', () => {
    const first = applySnapshot(undefined, { groups, reports: reports() });
    expect(applySnapshot(first, { groups: structuredClone(groups), reports: reports() })).toBe(
      first,
    );
  });

  it('keeps the identity of every unchanged report and group', () => {
    const first = applySnapshot(undefined, { groups, reports: reports() });
    const next = applySnapshot(first, {
      groups,
      reports: [report('a1', 'A'), report('a2', 'A', 'FAILED'), report('b1', 'B')],
    });
    expect(next.connectors[0]).toBe(first.connectors[0]);
    expect(next.connectors[1]).not.toBe(first.connectors[1]);
    expect(next.connectors[2]).toBe(first.connectors[2]);
    expect(next.groups[0]).not.toBe(first.groups[0]);
    expect(next.groups[1]).toBe(first.groups[1]);
  });
});

describe('applyChanges', () => {
  const first = applySnapshot(undefined, { groups, reports: reports() });

  it('returns the previous status itself for an empty change', () => {
    expect(applyChanges(first, { upserted: [], removed: [] })).toBe(first);
  });

  it('replaces only the changed report, its group and the flat list', () => {
    const next = applyChanges(first, { upserted: [report('b1', 'B', 'FAILED')], removed: [] })!;
    expect(next.connectors[2]?.status).toBe('FAILED');
    expect(next.connectors[0]).toBe(first.connectors[0]);
    expect(next.connectors[1]).toBe(first.connectors[1]);
    expect(next.groups[0]).toBe(first.groups[0]);
    expect(next.groups[1]?.connectors[0]).toBe(next.connectors[2]);
  });

  it('keeps a report that is upserted with equal content', () => {
    const next = applyChanges(first, {
      upserted: [
        report('a1', 'A', 'RUNNING', { statistics: { refreshCount: 1, nested: { files: 3 } } }),
      ],
      removed: [],
    });
    expect(next).toBe(first);
  });

  it('removes and adds connectors, and takes new group details', () => {
    const next = applyChanges(first, {
      upserted: [report('b2', 'B', 'INITIALIZED')],
      removed: [{ groupName: 'A', connectorName: 'a2' }],
      groups: [
        { name: 'A', status: 'RUNNING' },
        { name: 'B', status: 'CONFIGURING' },
      ],
    })!;
    expect(
      next.groups.map((g) => [g.name, g.status, g.connectors.map((c) => c.connectorName)]),
    ).toEqual([
      ['A', 'RUNNING', ['a1']],
      ['B', 'CONFIGURING', ['b1', 'b2']],
    ]);
    expect(next.connectors[0]).toBe(first.connectors[0]);
  });

  it('tells the caller when there is nothing to apply changes to', () => {
    expect(applyChanges(undefined, { upserted: [], removed: [] })).toBeUndefined();
  });

  it('keeps the same connector in two groups apart', () => {
    const twice = applySnapshot(undefined, {
      groups,
      reports: [report('x', 'A'), report('x', 'B')],
    });
    const next = applyChanges(twice, { upserted: [report('x', 'B', 'FAILED')], removed: [] })!;
    expect(next.groups[0]?.connectors[0]?.status).toBe('RUNNING');
    expect(next.groups[1]?.connectors[0]?.status).toBe('FAILED');
  });
});
