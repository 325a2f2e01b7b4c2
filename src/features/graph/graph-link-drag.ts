/**
 * A pointer drag that ends on a graph node: from the asset palette onto a connector, or from a
 * connector's link handle onto an element. Plain pointer events on the window (not HTML drag and
 * drop, which touch screens and synthetic pointers handle poorly), a line drawn from where the
 * drag began, and the node under the pointer marked as the drop target while it is a valid one.
 */
import type { ElementSummary } from '../../egeria/model';
import { connectorName, type LinkStep } from './graph-link-types';
import type { GraphModel } from './graph-model';
import './graph-link.css';

/** Pixels the pointer must move before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 4;

export interface LinkDragOptions {
  /** Shown beside the pointer: "Link Clinical database server". */
  label: string;
  /** Whether the node with this id (a React Flow node's data-id) accepts the drop. */
  accepts: (nodeId: string) => boolean;
  /** The drop: on an accepting node, or `null` anywhere else (or when cancelled with Escape). */
  onDrop: (nodeId: string | null) => void;
}

function nodeIdAt(x: number, y: number): string | null {
  const hit = document.elementFromPoint(x, y);
  const node = hit?.closest<HTMLElement>('.react-flow__node');
  return node?.dataset['id'] ?? null;
}

function markDropNode(id: string | null): void {
  document
    .querySelectorAll('.react-flow__node.gn-drop')
    .forEach((node) => node.classList.remove('gn-drop'));
  if (id)
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.classList.add('gn-drop');
}

function createOverlay(label: string, startX: number, startY: number) {
  const svgNs = 'http://www.w3.org/2000/svg';
  const overlay = document.createElement('div');
  overlay.className = 'graph-link-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(svgNs, 'svg');
  const line = document.createElementNS(svgNs, 'line');
  line.setAttribute('x1', String(startX));
  line.setAttribute('y1', String(startY));
  svg.append(line);
  const tag = document.createElement('span');
  tag.className = 'graph-link-label';
  tag.textContent = label;
  overlay.append(svg, tag);
  document.body.append(overlay);
  return {
    move(x: number, y: number) {
      line.setAttribute('x2', String(x));
      line.setAttribute('y2', String(y));
      tag.style.transform = `translate(${x + 12}px, ${y + 12}px)`;
    },
    remove: () => overlay.remove(),
  };
}

/** Where and with which button the press that may become a drag happened. */
export interface Press {
  button: number;
  clientX: number;
  clientY: number;
}

/** Starts watching a press that may become a link drag (from its pointerdown). */
export function beginLinkDrag(event: Press, options: LinkDragOptions) {
  if (event.button !== 0) return;
  const startX = event.clientX;
  const startY = event.clientY;
  let overlay: ReturnType<typeof createOverlay> | undefined;
  let over: string | null = null;

  const finish = (drop: boolean, x: number, y: number) => {
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('keydown', onKey, true);
    if (!overlay) return;
    overlay.remove();
    markDropNode(null);
    document.body.classList.remove('graph-linking');
    const id = drop ? nodeIdAt(x, y) : null;
    options.onDrop(id && options.accepts(id) ? id : null);
  };
  const onMove = (move: PointerEvent) => {
    if (!overlay) {
      if (Math.hypot(move.clientX - startX, move.clientY - startY) < DRAG_THRESHOLD) return;
      overlay = createOverlay(options.label, startX, startY);
      document.body.classList.add('graph-linking');
    }
    move.preventDefault();
    overlay.move(move.clientX, move.clientY);
    const id = nodeIdAt(move.clientX, move.clientY);
    const next = id && options.accepts(id) ? id : null;
    if (next !== over) {
      over = next;
      markDropNode(next);
    }
  };
  const onUp = (up: PointerEvent) => {
    // The click that follows a drag must not select what the pointer was released on.
    if (overlay) {
      window.addEventListener('click', swallowClick, true);
      setTimeout(() => window.removeEventListener('click', swallowClick, true), 0);
    }
    finish(true, up.clientX, up.clientY);
  };
  const onKey = (key: KeyboardEvent) => {
    if (key.key === 'Escape') finish(false, 0, 0);
  };
  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', onUp, true);
  window.addEventListener('keydown', onKey, true);
}

function swallowClick(event: MouseEvent) {
  event.stopPropagation();
  event.preventDefault();
}

/** What the graph hands a drag: its current model, and how to open a dialog or say something. */
export interface LinkDragContext {
  model: () => GraphModel;
  open: (step: LinkStep) => void;
  say: (message: string) => void;
}

const connectorAt = (model: GraphModel, id: string) => {
  const node = model.nodes.get(id);
  return node?.kind === 'connector' ? node : undefined;
};
const elementAt = (model: GraphModel, id: string) => {
  const node = model.nodes.get(id);
  return node?.kind === 'target' ? node.element : undefined;
};

/** From a connector's link handle onto an element node already in the graph. */
export function dragFromConnector(context: LinkDragContext, connectorId: string, press: Press) {
  const node = connectorAt(context.model(), connectorId);
  if (!node) return;
  const name = connectorName(context.model(), node);
  beginLinkDrag(press, {
    label: `Link a catalog target to ${name}`,
    accepts: (id) => !!elementAt(context.model(), id),
    onDrop: (id) => {
      const element = id ? elementAt(context.model(), id) : undefined;
      if (element) context.open({ kind: 'add', connectorId, element });
      else context.say(`Not linked: drop the link on an element node to link it to ${name}.`);
    },
  });
}

/** From the palette onto a connector node. */
export function dragElement(context: LinkDragContext, element: ElementSummary, press: Press) {
  beginLinkDrag(press, {
    label: `Link ${element.displayName ?? element.qualifiedName ?? element.guid}`,
    accepts: (id) => !!connectorAt(context.model(), id),
    onDrop: (id) => {
      if (id) context.open({ kind: 'add', connectorId: id, element });
      else context.say('Not linked: drop the element on a connector node to link it.');
    },
  });
}
