/**
 * What the graph's linking pieces share (the context, the controller, the drag and the dialogs),
 * kept apart so that none of them imports another's module back.
 */
import type { PointerEvent } from 'react';
import type { ElementSummary } from '../../egeria/model';
import type { TargetDialogRequest } from '../targets/target-dialog';
import type { ConnectorNode, GraphModel } from './graph-model';

export interface LinkActions {
  /** A press on a connector's link handle: drag to an element node to link it. */
  startHandleDrag: (connectorId: string, event: PointerEvent) => void;
  /** A press on a palette element: drag to a connector node to link it. */
  startElementDrag: (element: ElementSummary, event: PointerEvent) => void;
  /** Keyboard: find an element to link to this connector. */
  chooseElementFor: (connectorId: string) => void;
  /** Keyboard: choose the connector to link this element to. */
  chooseConnectorFor: (element: ElementSummary) => void;
  editTarget: (edgeId: string) => void;
  removeTarget: (edgeId: string) => void;
}

export type LinkStep =
  | { kind: 'chooseElement'; connectorId: string }
  | { kind: 'chooseConnector'; element: ElementSummary }
  | { kind: 'add'; connectorId: string; element: ElementSummary }
  | { kind: 'edge'; mode: 'edit' | 'remove'; edgeId: string }
  | { kind: 'target'; request: TargetDialogRequest };

/** The connector's name in the daemon (its registration's), else its own. */
export function connectorName(model: GraphModel, node: ConnectorNode): string {
  return (
    model.connectorNames.get(node.id)?.[0] ?? node.connector.name ?? node.connector.qualifiedName
  );
}
