/**
 * Linking catalog targets from the graph: the drags (palette element → connector node, connector
 * handle → element node), the keyboard's pickers, and the edit and remove actions of the
 * inspector, all leading to one catalog-target dialog. The dialogs are their own chunk, loaded
 * when first opened; what the graph chunk carries is the small controller below.
 */
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { ElementSummary } from '../../egeria/model';
import type { TargetDialogRequest } from '../targets/target-dialog';
import { beginLinkDrag } from './graph-link-drag';
import type { ConnectorNode, GraphModel } from './graph-model';

const TargetDialog = lazy(() => import('../targets/target-dialog'));
const ChooseElementDialog = lazy(() =>
  import('../targets/link-pickers').then((m) => ({ default: m.ChooseElementDialog })),
);
const ChooseConnectorDialog = lazy(() =>
  import('../targets/link-pickers').then((m) => ({ default: m.ChooseConnectorDialog })),
);

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

/** The graph's link actions; null outside a graph (nothing to link then). */
export function useLinkActions(): LinkActions | null {
  return useContext(LinkContext);
}

type Step =
  | { kind: 'chooseElement'; connectorId: string }
  | { kind: 'chooseConnector'; element: ElementSummary }
  | { kind: 'target'; request: TargetDialogRequest };

function connectorName(model: GraphModel, node: ConnectorNode): string {
  return (
    model.connectorNames.get(node.id)?.[0] ?? node.connector.name ?? node.connector.qualifiedName
  );
}

export function GraphLinking({ model, children }: { model: GraphModel; children: ReactNode }) {
  const [step, setStep] = useState<Step | null>(null);
  const [message, setMessage] = useState('');
  // The actions are made once (memoised nodes read them); they read the newest model from here.
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  }, [model]);

  const [actions] = useState<LinkActions>(() => {
    const connectorNode = (id: string) => {
      const node = modelRef.current.nodes.get(id);
      return node?.kind === 'connector' ? node : undefined;
    };
    const elementOf = (id: string) => {
      const node = modelRef.current.nodes.get(id);
      return node?.kind === 'target' ? node.element : undefined;
    };
    const add = (connectorId: string, element: ElementSummary) => {
      const node = connectorNode(connectorId);
      if (!node) return;
      setMessage('');
      setStep({
        kind: 'target',
        request: {
          mode: 'add',
          connector: node.connector,
          connectorName: connectorName(modelRef.current, node),
          element,
        },
      });
    };
    const onTarget = (mode: 'edit' | 'remove', edgeId: string) => {
      const edge = modelRef.current.edges.find((e) => e.id === edgeId);
      const node = edge && connectorNode(edge.source);
      if (!edge?.catalogTarget || !node) return;
      setStep({
        kind: 'target',
        request: {
          mode,
          connector: node.connector,
          connectorName: connectorName(modelRef.current, node),
          target: edge.catalogTarget,
        },
      });
    };
    return {
      startHandleDrag: (connectorId, event) => {
        const node = connectorNode(connectorId);
        if (!node) return;
        event.preventDefault();
        event.stopPropagation();
        const name = connectorName(modelRef.current, node);
        beginLinkDrag(event, {
          label: `Link a catalog target to ${name}`,
          accepts: (id) => !!elementOf(id),
          onDrop: (id) => {
            const element = id ? elementOf(id) : undefined;
            if (element) add(connectorId, element);
            else setMessage(`Not linked: drop the link on an element node to link it to ${name}.`);
          },
        });
      },
      startElementDrag: (element, event) => {
        beginLinkDrag(event, {
          label: `Link ${element.displayName ?? element.qualifiedName ?? element.guid}`,
          accepts: (id) => !!connectorNode(id),
          onDrop: (id) => {
            if (id) add(id, element);
            else setMessage('Not linked: drop the element on a connector node to link it.');
          },
        });
      },
      chooseElementFor: (connectorId) => setStep({ kind: 'chooseElement', connectorId }),
      chooseConnectorFor: (element) => setStep({ kind: 'chooseConnector', element }),
      editTarget: (edgeId) => onTarget('edit', edgeId),
      removeTarget: (edgeId) => onTarget('remove', edgeId),
    };
  });

  const close = () => setStep(null);
  let dialog: ReactNode = null;
  if (step?.kind === 'target') {
    dialog = (
      <TargetDialog
        request={step.request}
        onClose={close}
        onDone={(text) => {
          setStep(null);
          setMessage(text);
        }}
      />
    );
  } else if (step?.kind === 'chooseElement') {
    const node = model.nodes.get(step.connectorId);
    if (node?.kind === 'connector')
      dialog = (
        <ChooseElementDialog
          connectorName={connectorName(model, node)}
          supportedAssetTypeName={node.connector.connection?.connectorType?.supportedAssetTypeName}
          onClose={close}
          onChoose={(element) => {
            setStep({
              kind: 'target',
              request: {
                mode: 'add',
                connector: node.connector,
                connectorName: connectorName(model, node),
                element,
              },
            });
          }}
        />
      );
  } else if (step?.kind === 'chooseConnector') {
    const connectors = [...model.nodes.values()]
      .filter((n): n is ConnectorNode => n.kind === 'connector')
      .map((n) => ({ id: n.id, connectorName: connectorName(model, n) }))
      .sort((a, b) => a.connectorName.localeCompare(b.connectorName));
    const element = step.element;
    dialog = (
      <ChooseConnectorDialog
        element={element}
        connectors={connectors}
        onClose={close}
        onChoose={(id) => {
          const node = model.nodes.get(id);
          if (node?.kind !== 'connector') return;
          setStep({
            kind: 'target',
            request: {
              mode: 'add',
              connector: node.connector,
              connectorName: connectorName(model, node),
              element,
            },
          });
        }}
      />
    );
  }

  return (
    <LinkContext value={actions}>
      <p role="status" className="text-sm font-medium text-slate-800 empty:hidden">
        {message}
      </p>
      {children}
      <Suspense fallback={null}>{dialog}</Suspense>
    </LinkContext>
  );
}
