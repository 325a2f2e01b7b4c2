import { describe, expect, it } from 'vitest';
import { syntheticGroup } from '../../test/graph-data';
import { HUB_EDGE_LIMIT, layoutFingerprint, layoutGraph, type Rect } from './graph-layout';
import { buildGraphModel } from './graph-model';

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutGraph', () => {
  it('gives the same positions for the same data, however often it runs', () => {
    const first = syntheticGroup(300);
    const second = syntheticGroup(300);
    const a = layoutGraph(buildGraphModel(first.input, first.targets));
    const b = layoutGraph(buildGraphModel(second.input, second.targets));
    expect(layoutFingerprint(a)).toBe(layoutFingerprint(b));
    expect([...a.positions]).toEqual([...b.positions]);
  });

  it('does not depend on the order the platform returned the registrations in', () => {
    const { input, targets } = syntheticGroup(50);
    const shuffled = [{ ...input[0]!, registrations: [...input[0]!.registrations].reverse() }];
    expect(layoutFingerprint(layoutGraph(buildGraphModel(shuffled, targets)))).toBe(
      layoutFingerprint(layoutGraph(buildGraphModel(input, targets))),
    );
  });

  it('places every node once, with a size, and no two nodes on top of each other', () => {
    const { input, targets } = syntheticGroup(400);
    const model = buildGraphModel(input, targets);
    const layout = layoutGraph(model);
    expect(layout.positions.size).toBe(model.nodes.size);
    // Compare only nodes sharing a coarse grid cell: all pairs would be 10^7 comparisons.
    const cells = new Map<string, Rect[]>();
    for (const rect of layout.positions.values()) {
      expect(rect.width).toBeGreaterThan(0);
      expect(rect.height).toBeGreaterThan(0);
      const key = `${Math.floor(rect.x / 500)},${Math.floor(rect.y / 500)}`;
      const cell = cells.get(key) ?? [];
      for (const other of cell) expect(overlaps(rect, other)).toBe(false);
      cell.push(rect);
      cells.set(key, cell);
    }
  });

  it('puts the lanes in order: group, connectors, connections, endpoints, types, targets', () => {
    const { input, targets } = syntheticGroup(3);
    const model = buildGraphModel(input, targets);
    const layout = layoutGraph(model);
    const x = (id: string) => layout.positions.get(id)?.x ?? NaN;
    expect(x('g:guid-Synthetic')).toBeLessThan(x('c:c-0001'));
    expect(x('c:c-0001')).toBeLessThan(x('n:n-0001'));
    expect(x('n:n-0001')).toBeLessThan(x('e:e-0001'));
    expect(x('e:e-0001')).toBeLessThan(x('t:t-1'));
    expect(x('t:t-1')).toBeLessThan(x('x:x-1'));
    // One row per connector: its connection and endpoint level with it.
    expect(layout.positions.get('n:n-0002')?.y).toBe(layout.positions.get('c:c-0002')?.y);
    expect(layout.framedGroups.size).toBe(0);
  });

  it('wraps a large group into bands framed as its members, roughly the shape of a screen', () => {
    const { input, targets } = syntheticGroup(2000);
    const model = buildGraphModel(input, targets);
    const layout = layoutGraph(model);
    expect(layout.framedGroups).toEqual(new Set(['g:guid-Synthetic']));
    expect(layout.frames.length).toBeGreaterThan(4);
    const aspect = layout.bounds.width / layout.bounds.height;
    expect(aspect).toBeGreaterThan(0.8);
    expect(aspect).toBeLessThan(3);
    // Every connector sits inside its band's frame.
    for (const block of model.sections[0]?.blocks ?? []) {
      const rect = layout.positions.get(block.connectorId);
      expect(rect && layout.frames.some((frame) => overlaps(rect, frame))).toBe(true);
    }
  });

  it('keeps group → connector edges for groups up to the hub limit', () => {
    const { input, targets } = syntheticGroup(HUB_EDGE_LIMIT);
    expect(layoutGraph(buildGraphModel(input, targets)).framedGroups.size).toBe(0);
  });
});
