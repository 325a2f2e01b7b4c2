/**
 * The asset palette beside the graph (loaded when opened): drag an element onto a connector, or
 * use its button to choose the connector with the keyboard.
 */
import { RoleGate } from '../platforms/role-notice';
import AssetPalette from '../targets/asset-palette';
import { useLinkActions } from './graph-linking';

export default function GraphPalette() {
  const actions = useLinkActions();
  return (
    <aside
      aria-label="Asset palette"
      className="max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3 lg:max-h-(--graph-h)"
    >
      <AssetPalette
        heading="Asset palette"
        actionLabel="Link to a connector…"
        onAction={actions ? (element) => actions.chooseConnectorFor(element) : undefined}
        onDragStart={
          actions ? (element, event) => actions.startElementDrag(element, event) : undefined
        }
      />
      {/* Anyone may search; only editors get the link actions (see graph-link-controller). */}
      <RoleGate needs="editor" doing="Linking catalog targets">
        <p className="mt-3 text-xs text-slate-600">
          Drag an element onto a connector to link it as a catalog target, or drag from a
          connector’s link handle (◆) onto an element already in the graph.
        </p>
      </RoleGate>
    </aside>
  );
}
