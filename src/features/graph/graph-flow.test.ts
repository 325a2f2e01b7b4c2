import { describe, expect, it } from 'vitest';
import { connection, group, registration, syntheticGroup } from '../../test/graph-data';
import { hiddenNodes, inside, pickEdges, toFlowEdges, toFlowNodes } from './graph-flow';
import { layoutGraph } from './graph-layout';
import { buildGraphModel } from './graph-model';

const large = syntheticGroup(600);
const largeModel = buildGraphModel(large.input, large.targets);
const largeLayout = layoutGraph(largeModel);

const small = syntheticGroup(4);
const smallModel = buildGraphModel(small.input, small.targets);
const smallLayout = layoutGraph(smallModel);

const none = new Set<string>();

describe('pickEdges', () => {
  it('draws every edge of a small graph, in view or not', () => {
    expect(pickEdges(smallModel, smallLayout, null, null, none)).toHaveLength(
      smallModel.edges.length,
    );
  });

  it('draws no edge of a large graph below edge zoom, except the selection’s', () => {
    expect(pickEdges(largeModel, largeLayout, null, null, none)).toEqual([]);
    const selected = pickEdges(
      largeModel,
      largeLayout,
      null,
      { type: 'node', id: 'c:c-0001' },
      none,
    );
    expect(selected.map((e) => e.kind).sort()).toEqual([
      'catalogTarget',
      'catalogTarget',
      'connection',
      'registration',
    ]);
  });

  it('draws the edges of what is in view, not the hubs’ hundreds nor the group’s', () => {
    const connector = largeLayout.positions.get('c:c-0001')!;
    const view = { x: connector.x - 10, y: connector.y - 10, width: 2000, height: 300 };
    const edges = pickEdges(largeModel, largeLayout, view, null, none);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.some((e) => e.kind === 'registration')).toBe(false);
    for (const edge of edges) {
      const anchoredInView = [edge.source, edge.target].some(
        (id) =>
          inside(largeLayout.positions.get(id), view) && (largeModel.degree.get(id) ?? 0) <= 24,
      );
      expect(anchoredInView).toBe(true);
    }
    // The shared connector type is in view, but only its in-view connections' edges are drawn.
    const toType = edges.filter((e) => e.target === 't:t-1');
    expect(toType.length).toBeLessThan(5);
  });

  it('leaves out edges whose end is hidden', () => {
    const edges = pickEdges(smallModel, smallLayout, null, null, new Set(['n:n-0001']));
    expect(edges.some((e) => e.source === 'n:n-0001' || e.target === 'n:n-0001')).toBe(false);
  });
});

describe('hiddenNodes', () => {
  const status = (id: string) => (id === 'c:c-0001' ? 'FAILED' : 'RUNNING');

  it('hides the kinds switched off', () => {
    const hidden = hiddenNodes(
      smallModel,
      { hiddenKinds: new Set(['target', 'endpoint']) },
      status,
    );
    const kinds = new Set([...hidden].map((id) => smallModel.nodes.get(id)?.kind));
    expect(kinds).toEqual(new Set(['target', 'endpoint']));
  });

  it('hides connectors of other statuses and what only they use, keeping shared elements', () => {
    const hidden = hiddenNodes(
      smallModel,
      { hiddenKinds: new Set(), statusMatches: (s) => s === 'FAILED' },
      status,
    );
    expect(hidden.has('c:c-0001')).toBe(false);
    expect(hidden.has('c:c-0002')).toBe(true);
    expect(hidden.has('n:n-0002')).toBe(true);
    expect(hidden.has('n:n-0001')).toBe(false);
    // Connector-0001's type (t-1) stays; t-2, used only by Connector-0002, goes.
    expect(hidden.has('t:t-1')).toBe(false);
    expect(hidden.has('t:t-2')).toBe(true);
    expect(hidden.has('g:guid-Synthetic')).toBe(false);
  });
});

describe('toFlowNodes', () => {
  it('hands back the same node objects when nothing about them changed', () => {
    const cache = new Map();
    const scope = { tiles: false, view: null, keep: none };
    const first = toFlowNodes(smallModel, smallLayout, none, scope, cache);
    const again = buildGraphModel(small.input, small.targets);
    const second = toFlowNodes(again, layoutGraph(again), none, scope, cache);
    expect(second).toHaveLength(first.length);
    second.forEach((node, i) => expect(node).toBe(first[i]));
  });

  it('gives every node an explicit size, so React Flow can cull it before measuring', () => {
    const nodes = toFlowNodes(
      smallModel,
      smallLayout,
      none,
      { tiles: false, view: null, keep: none },
      new Map(),
    );
    for (const node of nodes) {
      expect(node.width).toBeGreaterThan(0);
      expect(node.height).toBeGreaterThan(0);
    }
  });

  it('hands React Flow only what is near the view, or only the kept nodes at tile zoom', () => {
    const connector = largeLayout.positions.get('c:c-0001')!;
    const view = { x: connector.x, y: connector.y, width: 1000, height: 600 };
    const keep = new Set(['t:t-3']);
    // A fresh cache each time: what is drawn depends on the scope alone.
    const onLarge = (scope: Parameters<typeof toFlowNodes>[3]) =>
      toFlowNodes(largeModel, largeLayout, none, scope, new Map());
    const near = onLarge({ tiles: false, view, keep });
    expect(near.length).toBeLessThan(100);
    expect(near.map((n) => n.id)).toEqual(expect.arrayContaining(['c:c-0001', 't:t-3']));
    const tiles = onLarge({ tiles: true, view, keep });
    expect(tiles.map((n) => n.id)).toEqual(['t:t-3']);
  });
});

describe('toFlowEdges', () => {
  it('marks the selected edge and routes lane-skipping edges below their source', () => {
    const model = buildGraphModel(
      [
        {
          qualifiedName: 'G',
          group: group('G', 'g'),
          registrations: [registration('A', 'a', connection('n'))],
        },
      ],
      new Map(),
    );
    const label = (id: string) => model.nodes.get(id)?.label ?? id;
    const [edge] = toFlowEdges(
      model.edges,
      { type: 'edge', id: model.edges[0]!.id },
      label,
      new Map(),
    );
    expect(edge).toMatchObject({
      selected: true,
      sourceHandle: 'r',
      targetHandle: 'l',
      ariaLabel: 'Registration A: G to A',
    });
    const [target] = toFlowEdges(
      smallModel.edges.filter((e) => e.kind === 'catalogTarget'),
      null,
      (id) => smallModel.nodes.get(id)?.label ?? id,
      new Map(),
    );
    expect(target).toMatchObject({
      sourceHandle: 'b',
      selected: false,
      data: { kind: 'catalogTarget' },
    });
  });
});
