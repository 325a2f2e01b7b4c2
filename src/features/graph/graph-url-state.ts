/**
 * The graph's selection and viewport in the URL, so Back, Forward, Reload and a shared link
 * return to the same node, the same view and (with the panels' own parameters) the same panels.
 *
 * - `focus`: the selected node by name (connectorName or qualifiedName: GUIDs change when an
 *   estate is reloaded); `sel`: a node without a usable name, or an edge, by its graph id.
 * - `at`: the viewport, `x,y,zoom`, replaced as the view moves (a pan is not a history step).
 *
 * A selection is a history step (pushed); restoring one from the URL (a load, Back, Forward)
 * also moves keyboard focus to the element that shows it, so a keyboard user is where they were.
 */
import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { findNodeByName, type GraphModel } from './graph-model';
import type { GraphViewStore, Selection } from './graph-store';

const SAME = (a: Selection | null, b: Selection | null) => a?.type === b?.type && a?.id === b?.id;

/** The URL parameters that name a selection. */
export function selectionParams(
  model: GraphModel,
  selection: Selection | null,
): { focus: string; sel: string } {
  if (!selection) return { focus: '', sel: '' };
  if (selection.type === 'node') {
    const node = model.nodes.get(selection.id);
    const name = node?.names[0];
    if (name && findNodeByName(model, name) === selection.id) return { focus: name, sel: '' };
  }
  return { focus: '', sel: selection.id };
}

/** The selection the URL names; undefined while the model does not (yet) hold it. */
export function selectionFromParams(
  model: GraphModel,
  focus: string,
  sel: string,
): Selection | null | undefined {
  if (focus) {
    const id = findNodeByName(model, focus);
    return id ? { type: 'node', id } : undefined;
  }
  if (sel) {
    if (model.nodes.has(sel)) return { type: 'node', id: sel };
    return model.edges.some((edge) => edge.id === sel) ? { type: 'edge', id: sel } : undefined;
  }
  return null;
}

export function formatViewport({ x, y, zoom }: Viewport): string {
  return `${Math.round(x)},${Math.round(y)},${Number(zoom.toFixed(3))}`;
}

export function parseViewport(value: string): Viewport | undefined {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x = 0, y = 0, zoom = 1] = parts;
  return zoom > 0 && zoom <= 4 ? { x, y, zoom } : undefined;
}

/** Moves keyboard focus to what shows the selection: the tree's item, or the canvas. */
function focusSelectionView(): void {
  requestAnimationFrame(() => {
    const item = document.querySelector<HTMLElement>('[role="tree"] [aria-selected="true"]');
    const canvas = document.querySelector<HTMLElement>('.graph-canvas .react-flow');
    (item ?? canvas)?.focus({ preventScroll: true });
  });
}

export interface GraphUrlState {
  /** The viewport the URL holds (on load and after Back or Forward). */
  viewport: Viewport | undefined;
  /** Records the viewport after the view moved; false when the URL already holds it. */
  onViewportChange: (viewport: Viewport) => boolean;
  /** The `focus` name when nothing in the graph has it (once everything has loaded). */
  focus: string;
  focusFound: boolean;
}

/** Keeps the store's selection and the URL in step, both ways. */
export function useGraphUrlState(model: GraphModel, store: GraphViewStore): GraphUrlState {
  const [searchParams, setSearchParams] = useSearchParams();
  const focus = searchParams.get('focus') ?? '';
  const sel = searchParams.get('sel') ?? '';
  const at = searchParams.get('at') ?? '';
  const viewport = useMemo(() => parseViewport(at), [at]);
  const fromUrl = useMemo(() => selectionFromParams(model, focus, sel), [model, focus, sel]);

  // The first render already holds the URL's selection, so the canvas opens on it.
  useState(() => {
    if (fromUrl) store.select(fromUrl);
  });

  // URL → store: on load, Back and Forward (and when a named node arrives with its targets).
  const modelRef = useRef(model);
  // The URL's selection last acted on, and the one this hook last wrote: a model change alone
  // (targets arriving) or our own write landing is no reason to select again.
  const applied = useRef<string | null>(null);
  const written = useRef<string | null>(null);
  useEffect(() => {
    modelRef.current = model;
  }, [model]);
  useEffect(() => {
    const key = `${focus}\n${sel}`;
    if (fromUrl === undefined || applied.current === key) return;
    applied.current = key;
    if (written.current === key) {
      written.current = null;
      return;
    }
    // Centre on it unless the URL also says where the view was.
    if (!SAME(fromUrl, store.selection)) store.select(fromUrl, !at);
    if (fromUrl) focusSelectionView();
  }, [fromUrl, focus, sel, at, store]);

  // Store → URL: a new selection is a history step. The store also speaks on every status poll:
  // the URL is written only when the selection's parameters differ from it.
  // What was last written, until the router shows it: a render in between (a selection re-renders
  // at once, the navigation lands a moment later) must not make the next write start from the
  // old URL and undo the one on its way.
  const paramsRef = useRef(searchParams);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current !== null && pending.current !== searchParams.toString()) return;
    pending.current = null;
    paramsRef.current = searchParams;
  }, [searchParams]);
  const write = useCallback(
    (params: URLSearchParams, replace: boolean) => {
      paramsRef.current = params;
      pending.current = params.toString();
      setSearchParams(params, { replace, preventScrollReset: true });
    },
    [setSearchParams],
  );
  useEffect(() => {
    // Only a change of selection is written: a URL naming a node not loaded yet (or not at all)
    // stays as it is through status polls.
    let seen = store.selection;
    return store.subscribe(() => {
      if (SAME(seen, store.selection)) return;
      seen = store.selection;
      const next = selectionParams(modelRef.current, store.selection);
      const current = paramsRef.current;
      if ((current.get('focus') ?? '') === next.focus && (current.get('sel') ?? '') === next.sel)
        return;
      written.current = `${next.focus}\n${next.sel}`;
      const params = new URLSearchParams(current);
      for (const [name, value] of Object.entries(next))
        if (value) params.set(name, value);
        else params.delete(name);
      write(params, false);
    });
  }, [store, write]);

  const onViewportChange = useCallback(
    (next: Viewport) => {
      const value = formatViewport(next);
      const current = paramsRef.current;
      if (current.get('at') === value) return false;
      const params = new URLSearchParams(current);
      params.set('at', value);
      write(params, true);
      return true;
    },
    [write],
  );

  return { viewport, onViewportChange, focus, focusFound: !!focus && fromUrl !== undefined };
}
