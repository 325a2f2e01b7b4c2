import type { NodeProps, NodeTypes } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { useLinkActions } from './graph-linking';
import { StatusBadge } from '../../components/status-badge';
import type { FlowNode } from './graph-flow';
import { KIND_LABEL, type NodeKind } from './graph-model';
import { useNodeState } from './graph-store';

const TAIL_FIRST: ReadonlySet<NodeKind> = new Set(['connection', 'endpoint', 'target']);

/** True below the zoom at which text is readable: nodes are drawn as plain tiles then. */
export const TileModeContext = createContext(false);

/*
 * Handle boxes as React Flow reads them from the DOM (it measures every node it draws, and takes
 * handle positions from elements with these classes and data attributes). Plain elements: React
 * Flow's Handle component subscribes to the store, which thousands of nodes should not do.
 */
const handles = (
  <>
    <div className="gh source" data-handleid="r" data-handlepos="right" />
    <div className="gh target" data-handleid="l" data-handlepos="left" />
  </>
);
const belowHandles = (
  <>
    {handles}
    <div className="gh gh-b source" data-handleid="b" data-handlepos="bottom" />
  </>
);

/**
 * Every node kind. Declared at module scope and memoised: React Flow re-renders a node only when
 * its own object changes, and status or selection reach it through the graph store by its id.
 */
const GraphNodeView = memo(function GraphNodeView({ id, type, data }: NodeProps<FlowNode>) {
  const tiles = useContext(TileModeContext);
  const { status, selected } = useNodeState(id);
  const kind = type as NodeKind;
  const live = kind === 'connector' || kind === 'group';
  const className = `gn gn-${kind}${selected ? ' gn-selected' : ''}${tiles ? ' gn-tile' : ''}`;
  const statusAttr = live ? (status ?? 'UNKNOWN') : undefined;
  const ends = kind === 'connection' || kind === 'connector' ? belowHandles : handles;
  const link = useLinkActions();
  if (tiles)
    return (
      <>
        <div className={className} data-status={statusAttr} />
        {ends}
      </>
    );
  return (
    <>
      <div className={className} data-status={statusAttr} title={data.label}>
        <span className="gn-kind">
          {kind === 'connection' && data.detail ? data.detail : KIND_LABEL[kind]}
        </span>
        {TAIL_FIRST.has(kind) ? (
          // Paths and qualified names differ at their ends: cut them at the start, not the end.
          <span className="gn-label gn-tail" dir="rtl">
            <bdi>{data.label}</bdi>
          </span>
        ) : (
          <span className="gn-label">{data.label}</span>
        )}
        {live ? (
          <span className="gn-status">
            <StatusBadge
              status={status}
              label={status === undefined ? 'Checking…' : undefined}
              detail={kind === 'group' ? 'group status' : undefined}
            />
          </span>
        ) : data.detail && kind !== 'connection' ? (
          <span className="gn-detail">{data.detail}</span>
        ) : null}
      </div>
      {ends}
      {kind === 'connector' && link ? (
        // Pointer only: the keyboard links from the inspector and the tree (see graph-linking).
        <span
          aria-hidden="true"
          className="gn-link graph-no-pan nodrag"
          title="Drag onto an element to link it as a catalog target"
          onPointerDown={(event) => link.startHandleDrag(id, event)}
        >
          ◆
        </span>
      ) : null}
    </>
  );
});

/** A band of a large group's connectors: membership shown by a frame, not by an edge each. */
const FrameView = memo(function FrameView({ data }: NodeProps<FlowNode>) {
  const tiles = useContext(TileModeContext);
  return <div className="gn-frame">{tiles ? null : <span>{data.label}</span>}</div>;
});

export const nodeTypes: NodeTypes = {
  group: GraphNodeView,
  connector: GraphNodeView,
  connection: GraphNodeView,
  connectorType: GraphNodeView,
  endpoint: GraphNodeView,
  target: GraphNodeView,
  frame: FrameView,
};
