/**
 * The dialogs of linking from the graph (a chunk of its own, loaded on first use): choose an
 * element for a connector, choose a connector for an element, then the catalog-target dialog.
 */
import { useEffect } from 'react';
import type { ElementSummary } from '../../egeria/model';
import { ChooseConnectorDialog, ChooseElementDialog } from '../targets/link-pickers';
import TargetDialog, { type TargetDialogRequest } from '../targets/target-dialog';
import { connectorName, type LinkStep } from './graph-link-types';
import type { ConnectorNode, GraphModel } from './graph-model';

export interface LinkDialogsProps {
  model: GraphModel;
  step: LinkStep;
  onStep: (step: LinkStep | null) => void;
  /** After a write; `linked` names the ends of a new link, so the graph can bring it into view. */
  onDone: (message: string, linked?: { source: string; target: string }) => void;
}

function resolve(model: GraphModel, step: LinkStep): TargetDialogRequest | null {
  if (step.kind === 'target') return step.request;
  if (step.kind === 'add') {
    const node = model.nodes.get(step.connectorId);
    if (node?.kind !== 'connector') return null;
    return {
      mode: 'add',
      connector: node.connector,
      connectorName: connectorName(model, node),
      element: step.element,
    };
  }
  if (step.kind === 'edge') {
    const edge = model.edges.find((e) => e.id === step.edgeId);
    const node = edge && model.nodes.get(edge.source);
    if (!edge?.catalogTarget || node?.kind !== 'connector') return null;
    return {
      mode: step.mode,
      connector: node.connector,
      connectorName: connectorName(model, node),
      target: edge.catalogTarget,
    };
  }
  return null;
}

export default function LinkDialogs({ model, step, onStep, onDone }: LinkDialogsProps) {
  const close = () => onStep(null);
  const addTo = (node: ConnectorNode, element: ElementSummary) =>
    onStep({
      kind: 'target',
      request: {
        mode: 'add',
        connector: node.connector,
        connectorName: connectorName(model, node),
        element,
      },
    });

  // An add or an edge is settled into a request when it opens: the dialog stays, with what it
  // was opened on, even when the graph changes under it (a write elsewhere, a target gone).
  const request = resolve(model, step);
  useEffect(() => {
    if (request && step.kind !== 'target') onStep({ kind: 'target', request });
  }, [request, step.kind, onStep]);
  if (request)
    return (
      <TargetDialog
        request={request}
        onClose={close}
        onDone={(text) =>
          onDone(
            text,
            request.mode === 'add'
              ? { source: `c:${request.connector.guid}`, target: `x:${request.element.guid}` }
              : undefined,
          )
        }
      />
    );
  if (step.kind === 'add' || step.kind === 'edge' || step.kind === 'target') return null;

  if (step.kind === 'chooseElement') {
    const node = model.nodes.get(step.connectorId);
    if (node?.kind !== 'connector') return null;
    return (
      <ChooseElementDialog
        connectorName={connectorName(model, node)}
        supportedAssetTypeName={node.connector.connection?.connectorType?.supportedAssetTypeName}
        onClose={close}
        onChoose={(element) => addTo(node, element)}
      />
    );
  }

  const connectors = [...model.nodes.values()]
    .filter((n): n is ConnectorNode => n.kind === 'connector')
    .map((n) => ({ id: n.id, connectorName: connectorName(model, n) }))
    .sort((a, b) => a.connectorName.localeCompare(b.connectorName));
  return (
    <ChooseConnectorDialog
      element={step.element}
      connectors={connectors}
      onClose={close}
      onChoose={(id) => {
        const node = model.nodes.get(id);
        if (node?.kind === 'connector') addTo(node, step.element);
      }}
    />
  );
}
