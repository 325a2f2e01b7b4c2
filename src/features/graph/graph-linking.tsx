/**
 * Linking catalog targets from the graph: the drags (palette element → connector node, connector
 * handle → element node), the keyboard's pickers, and the edit and remove actions of the
 * inspector, all leading to one catalog-target dialog. The graph's chunk carries only this
 * context; the controller, the drag and the dialogs are chunks of their own.
 */
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import type { LinkActions } from './graph-link-types';
import type { GraphModel } from './graph-model';

const LinkController = lazy(() => import('./graph-link-controller'));

const LinkContext = createContext<LinkActions | null>(null);

/** The graph's link actions; null until they have loaded (and outside a graph). */
export function useLinkActions(): LinkActions | null {
  return useContext(LinkContext);
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
