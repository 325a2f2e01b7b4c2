/**
 * What changes while the graph is open without changing its shape: live status, the selection and
 * requests to bring a node into view. Kept outside React state so a status poll re-renders only
 * the nodes whose status changed, and selecting a node re-renders only the two nodes involved.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { NO_STATUS, type LiveStatus } from './graph-status';

export interface Selection {
  type: 'node' | 'edge';
  id: string;
}

type Listener = () => void;

export class GraphViewStore {
  private statuses = new Map<string, LiveStatus>();
  private readonly nodeListeners = new Map<string, Set<Listener>>();
  private readonly listeners = new Set<Listener>();
  private selected: Selection | null = null;
  private statusVersion = 0;
  /** Bumped on each request to centre the selected node, so the canvas can follow it. */
  private focusRequest = 0;
  /**
   * Set once the view was placed by the URL or moved by the user (gesture, keys or the zoom
   * controls): from then on a small graph is no longer refitted as its catalog targets arrive.
   */
  private chosen = false;

  get viewChosen(): boolean {
    return this.chosen;
  }

  chooseView(): void {
    this.chosen = true;
  }

  setStatuses(next: Map<string, LiveStatus>): void {
    const changed: string[] = [];
    let kept = 0;
    for (const [id, live] of next) {
      const before = this.statuses.get(id);
      if (before) kept += 1;
      if (before?.status !== live.status) changed.push(id);
    }
    // Runs on every poll: look for ids that lost their status only when some are missing.
    if (kept < this.statuses.size)
      for (const id of this.statuses.keys()) if (!next.has(id)) changed.push(id);
    this.statuses = next;
    this.statusVersion += 1;
    for (const id of changed) this.nodeListeners.get(id)?.forEach((listener) => listener());
    this.emit();
  }

  status(id: string): string | undefined {
    return this.statuses.get(id)?.status;
  }

  live(id: string): LiveStatus {
    return this.statuses.get(id) ?? NO_STATUS;
  }

  get version(): number {
    return this.statusVersion;
  }

  get selection(): Selection | null {
    return this.selected;
  }

  get focusCount(): number {
    return this.focusRequest;
  }

  /** Selects a node or edge; `focus` also asks the canvas to bring it into view. */
  select(selection: Selection | null, focus = false): void {
    const previous = this.selected;
    if (previous?.id !== selection?.id || previous?.type !== selection?.type) {
      this.selected = selection;
      if (previous) this.nodeListeners.get(previous.id)?.forEach((listener) => listener());
      if (selection) this.nodeListeners.get(selection.id)?.forEach((listener) => listener());
    }
    if (focus) this.focusRequest += 1;
    this.emit();
  }

  subscribeNode = (id: string, listener: Listener): (() => void) => {
    let set = this.nodeListeners.get(id);
    if (!set) this.nodeListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.nodeListeners.delete(id);
    };
  };

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

export const GraphStoreContext = createContext<GraphViewStore | null>(null);

/** The store of the graph being shown. */
export function useGraphStore(): GraphViewStore {
  const store = useContext(GraphStoreContext);
  if (!store) throw new Error('useGraphStore needs a GraphStoreContext above it');
  return store;
}

/** One node's status and whether it is selected; re-renders only when those change. */
export function useNodeState(id: string): { status: string | undefined; selected: boolean } {
  const store = useGraphStore();
  const subscribe = useCallback(
    (listener: Listener) => store.subscribeNode(id, listener),
    [store, id],
  );
  const status = useSyncExternalStore(subscribe, () => store.status(id));
  const selected = useSyncExternalStore(subscribe, () => store.selection?.id === id);
  return { status, selected };
}

/** The current selection. */
export function useSelection(): Selection | null {
  const store = useGraphStore();
  return useSyncExternalStore(store.subscribe, () => store.selection);
}

/** A number that changes whenever any status changes (for views that list many statuses). */
export function useStatusVersion(): number {
  const store = useGraphStore();
  return useSyncExternalStore(store.subscribe, () => store.version);
}
