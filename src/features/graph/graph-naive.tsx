/**
 * The plain React Flow rendering of a graph (default nodes measured in the DOM, every node and
 * edge, fit to view), for the benchmark to compare against. Only drawn when the perf flag asks for
 * it; see graph-screen.tsx.
 */
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import type { GraphLayout } from './graph-layout';
import type { GraphModel } from './graph-model';

export default function NaiveGraph({ model, layout }: { model: GraphModel; layout: GraphLayout }) {
  const nodes = useMemo<Node[]>(
    () =>
      [...model.nodes.values()].map((node) => ({
        id: node.id,
        position: layout.positions.get(node.id) ?? { x: 0, y: 0 },
        data: { label: node.label },
      })),
    [model, layout],
  );
  const edges = useMemo<Edge[]>(
    () => model.edges.map(({ id, source, target }) => ({ id, source, target })),
    [model],
  );
  return (
    <div className="graph-canvas">
      <ReactFlow nodes={nodes} edges={edges} fitView minZoom={0.005} />
    </div>
  );
}
