import { describe, expect, it } from 'vitest';
import type { ConnectorReport, GroupSummary } from '../../egeria/model';
import { connection, group, registration } from '../../test/graph-data';
import { driftStyles, modelDrift } from './graph-drift';
import { buildGraphModel } from './graph-model';

const report = (connectorName: string): ConnectorReport => ({
  connectorName,
  groupName: 'G:1',
  status: 'RUNNING',
  minMinutesBetweenRefresh: 60,
  statistics: {},
});

describe('drift on the graph', () => {
  const g = group('G:1', 'g1');
  const model = buildGraphModel(
    [
      {
        qualifiedName: 'G:1',
        group: g,
        registrations: [
          registration('A', 'ca', connection('conn-a'), 'g1'),
          registration('B', 'cb', connection('conn-b'), 'g1'),
        ],
      },
    ],
    new Map(),
  );
  const groupId = [...model.nodes.values()].find((n) => n.kind === 'group')!.id;
  const nodeOf = (name: string) =>
    [...model.connectorNames].find(([, names]) => names.includes(name))?.[0];

  it('marks the group and the connectors a difference concerns', () => {
    const summary: GroupSummary = {
      name: 'G:1',
      status: 'RUNNING',
      connectors: [report('A'), report('Gone')],
    };
    const { items, marked } = modelDrift(
      model,
      (id) => (id === groupId ? [{ daemon: 'd1', summary }] : []),
      new Date('2026-06-01T00:00:00.000Z'),
    );
    expect(items.map((i) => `${i.kind} ${i.connectorName}`).sort()).toEqual([
      'registered-not-running B',
      'running-not-registered Gone',
    ]);
    // Gone has no node of its own: the group carries its mark.
    expect([...marked].sort()).toEqual([groupId, nodeOf('B')].sort());
  });

  it('has nothing to say about a group no daemon runs', () => {
    expect(modelDrift(model, () => [], new Date()).items).toEqual([]);
  });

  it('keys its style rules by node id, quoting what a GUID or name may hold', () => {
    const css = driftStyles(new Set(['c:x"y\\z']));
    expect(css).toContain('.react-flow__node[data-id="c:x\\"y\\\\z"] > .gn');
    expect(css).toContain('content:"⚠ drift"');
  });
});
