import { getBezierPath, getSmoothStepPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo, useContext } from 'react';
import { BELOW, type FlowEdge } from './graph-flow';
import { TileModeContext } from './graph-node';

/** Where a label has room: beside the target, or on the run along the gap below the source row. */
const LABEL_AT_TARGET = new Set(['registration', 'embedded']);
const LABEL_ON_RUN = new Set(['connectorType', 'catalogTarget']);
/** The smooth-step offset: how far below its source an edge runs along the gap between rows. */
const RUN_OFFSET = 12;

/**
 * An edge with its relationship written on it. The label is plain SVG text (no measuring, unlike
 * React Flow's label boxes), hidden at tile zoom where it could not be read.
 */
const GraphEdgeView = memo(function GraphEdgeView({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  selected,
}: EdgeProps<FlowEdge>) {
  const tiles = useContext(TileModeContext);
  const kind = data?.kind ?? 'connection';
  const geometry = { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
  const [path, midX, midY] = BELOW.has(kind)
    ? getSmoothStepPath({ ...geometry, borderRadius: 8, offset: RUN_OFFSET })
    : getBezierPath(geometry);
  let label: { x: number; y: number; anchor: 'middle' | 'end' } = {
    x: midX,
    y: midY - 4,
    anchor: 'middle',
  };
  if (LABEL_AT_TARGET.has(kind)) label = { x: targetX - 8, y: targetY - 6, anchor: 'end' };
  else if (LABEL_ON_RUN.has(kind))
    label = { x: targetX - 2 * RUN_OFFSET, y: sourceY + RUN_OFFSET - 3, anchor: 'end' };
  return (
    <>
      <path d={path} className={`ge ge-${kind}${selected ? ' ge-selected' : ''}`} />
      <path d={path} className="ge-hit" />
      {tiles || !data ? null : (
        <text
          x={label.x}
          y={label.y}
          className={`ge-label${selected ? ' ge-selected' : ''}`}
          textAnchor={label.anchor}
        >
          {data.label}
        </text>
      )}
    </>
  );
});

export const edgeTypes: EdgeTypes = { graph: GraphEdgeView };
