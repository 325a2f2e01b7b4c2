/**
 * The controller of linking from the graph (its own chunk, loaded with the graph): makes the link
 * actions once, holds which dialog is open and what was last done. The drag comes with it (a
 * press must be followed at once: a pointer released before the module arrived would be lost); the
 * dialogs (graph-link-dialogs) load on first use.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
} from 'react';
import { dragElement, dragFromConnector, type LinkDragContext } from './graph-link-drag';
import type { LinkActions, LinkStep } from './graph-link-types';
import type { GraphModel } from './graph-model';
import { useRole } from '../platforms/use-role';
import { useGraphStore } from './graph-store';

const LinkDialogs = lazy(() => import('./graph-link-dialogs'));

/** What a drag needs of the press that starts it. */
const pressOf = (event: PointerEvent) => ({
  button: event.button,
  clientX: event.clientX,
  clientY: event.clientY,
});

export interface LinkControllerProps {
  model: GraphModel;
  /** Hands the graph the actions, once, when they are ready. */
  onReady: (actions: LinkActions) => void;
}

/** Linking is for editors: for anyone else no link action is handed to the graph, so none shows. */
export default function LinkController(props: LinkControllerProps) {
  return useRole().allows('editor') ? <Linker {...props} /> : null;
}

function Linker({ model, onReady }: LinkControllerProps) {
  const [step, setStep] = useState<LinkStep | null>(null);
  const [message, setMessage] = useState('');
  // The actions are made once (memoised nodes read them); they read the newest model from here.
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  }, [model]);

  const [actions] = useState<LinkActions>(() => {
    const open = (next: LinkStep) => {
      setMessage('');
      setStep(next);
    };
    const context: LinkDragContext = { model: () => modelRef.current, open, say: setMessage };
    return {
      startHandleDrag: (connectorId, event) => {
        event.preventDefault();
        event.stopPropagation();
        dragFromConnector(context, connectorId, pressOf(event));
      },
      startElementDrag: (element, event) => {
        dragElement(context, element, pressOf(event));
      },
      chooseElementFor: (connectorId) => open({ kind: 'chooseElement', connectorId }),
      chooseConnectorFor: (element) => open({ kind: 'chooseConnector', element }),
      editTarget: (edgeId) => open({ kind: 'edge', mode: 'edit', edgeId }),
      removeTarget: (edgeId) => open({ kind: 'edge', mode: 'remove', edgeId }),
    };
  });

  useEffect(() => onReady(actions), [actions, onReady]);

  // A new link is selected and brought into view as soon as the graph holds it.
  const store = useGraphStore();
  const linked = useRef<{ source: string; target: string } | null>(null);
  const showLinked = useCallback(() => {
    const ends = linked.current;
    const edge =
      ends &&
      modelRef.current.edges.find(
        (e) => e.kind === 'catalogTarget' && e.source === ends.source && e.target === ends.target,
      );
    if (!edge) return;
    linked.current = null;
    store.select({ type: 'edge', id: edge.id }, true);
  }, [store]);
  useEffect(showLinked, [model, showLinked]);

  return (
    <>
      {/* Below the graph's toolbar line would push the canvas; a corner note moves nothing. */}
      <p
        role="status"
        className="pointer-events-none fixed bottom-4 left-4 z-40 max-w-xl rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white shadow-lg empty:hidden"
      >
        {message}
      </p>
      {step ? (
        <Suspense fallback={null}>
          <LinkDialogs
            model={model}
            step={step}
            onStep={setStep}
            onDone={(text, ends) => {
              setStep(null);
              setMessage(text);
              linked.current = ends ?? null;
              showLinked();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
