/**
 * Linking catalog targets from the graph: the drags (palette element → connector node, connector
 * handle → element node), the keyboard's pickers, and the edit and remove actions of the
 * inspector, all leading to one catalog-target dialog. The graph's chunk carries only this
 * context; the controller, the drag and the dialogs are chunks of their own.
 */
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { ElementSummary } from '../../egeria/model';
import type { ConnectorNode, GraphModel } from './graph-model';

const LinkController = lazy(() => import('./graph-link-controller'));

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

const LinkContext = createContext<LinkActions | null>(null);

/** The graph's link actions; null until they have loaded (and outside a graph). */
export function useLinkActions(): LinkActions | null {
  return useContext(LinkContext);
}

/** The connector's name in the daemon (its registration's), else its own. */
export function connectorName(model: GraphModel, node: ConnectorNode): string {
  return (
    model.connectorNames.get(node.id)?.[0] ?? node.connector.name ?? node.connector.qualifiedName
  );
}

export function GraphLinking({ model, children }: { model: GraphModel; children: ReactNode }) {
  const [actions, setActions] = useState<LinkActions | null>(null);
  return (
    <LinkContext value={actions}>
      {children}
      <Suspense fallback={null}>
        <LinkController model={model} onReady={setActions} />
      </Suspense>
    </LinkContext>
  );
}
