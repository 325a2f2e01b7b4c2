/**
 * The accessible twin of the canvas: the same graph as a tree (group → connectors → connection →
 * connector type, endpoint, embedded connections; connector → catalog targets), operated with the
 * keys of the WAI-ARIA tree pattern. It selects the same nodes as the canvas, through the same
 * store. A shared element appears under each of its parents, as many times as it is shared.
 * Loaded only when asked for.
 */
import { memo, useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { StatusBadge } from '../../components/status-badge';
import { KIND_LABEL, type GraphEdge, type GraphModel } from './graph-model';
import { useGraphStore, useNodeState } from './graph-store';

interface Item {
  key: string;
  nodeId: string;
  /** The relationship from the parent, absent at the top. */
  edge?: GraphEdge;
  parentKey?: string;
  level: number;
}

const RELATION: Partial<Record<GraphEdge['kind'], (edge: GraphEdge) => string>> = {
  registration: (edge) => `registered as ${edge.label}`,
  catalogTarget: (edge) => `catalog target ${edge.label}`,
  embedded: (edge) => edge.label,
};

export interface GraphTreeProps {
  model: GraphModel;
  hidden: ReadonlySet<string>;
  label: string;
}

export default function GraphTree({ model, hidden, label }: GraphTreeProps) {
  const store = useGraphStore();
  const children = useMemo(() => {
    const out = new Map<string, GraphEdge[]>();
    for (const edge of model.edges) {
      if (hidden.has(edge.target)) continue;
      const list = out.get(edge.source);
      if (list) list.push(edge);
      else out.set(edge.source, [edge]);
    }
    return out;
  }, [model, hidden]);
  const roots = useMemo(
    () =>
      model.sections
        .map((s) => s.groupId)
        .filter((id, i, all) => all.indexOf(id) === i && !hidden.has(id)),
    [model, hidden],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(roots));
  const [activeKey, setActiveKey] = useState<string | undefined>(roots[0]);
  const [itemRefs] = useState(() => new Map<string, HTMLLIElement>());

  /** The visible items, in order: what the arrow keys walk through. */
  const visible = useMemo(() => {
    const out: Item[] = [];
    const walk = (item: Item) => {
      out.push(item);
      if (!expanded.has(item.key)) return;
      for (const edge of children.get(item.nodeId) ?? [])
        walk({
          key: `${item.key}>${edge.id}`,
          nodeId: edge.target,
          edge,
          parentKey: item.key,
          level: item.level + 1,
        });
    };
    for (const id of roots) walk({ key: id, nodeId: id, level: 1 });
    return out;
  }, [roots, children, expanded]);
  const active = visible.find((item) => item.key === activeKey) ?? visible[0];

  const focusItem = useCallback(
    (key: string) => {
      setActiveKey(key);
      // After React has rendered a newly expanded parent.
      requestAnimationFrame(() => itemRefs.get(key)?.focus());
    },
    [itemRefs],
  );

  // Selecting elsewhere (search, a deep link, the inspector) opens the tree down to that node.
  useEffect(() => {
    let seen = store.focusCount;
    return store.subscribe(() => {
      if (store.focusCount === seen) return;
      seen = store.focusCount;
      const selection = store.selection;
      if (selection?.type !== 'node') return;
      const path = findPath(roots, children, selection.id);
      if (!path) return;
      setExpanded((current) => new Set([...current, ...path.slice(0, -1)]));
      focusItem(path[path.length - 1] ?? '');
    });
  }, [store, roots, children, focusItem]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!active) return;
    const index = visible.indexOf(active);
    const hasChildren = (children.get(active.nodeId)?.length ?? 0) > 0;
    const isOpen = expanded.has(active.key);
    let next: Item | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = visible[index + 1];
        break;
      case 'ArrowUp':
        next = visible[index - 1];
        break;
      case 'Home':
        next = visible[0];
        break;
      case 'End':
        next = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) setExpanded(new Set([...expanded, active.key]));
        else if (isOpen) next = visible[index + 1];
        break;
      case 'ArrowLeft':
        if (isOpen) {
          const rest = new Set(expanded);
          rest.delete(active.key);
          setExpanded(rest);
        } else if (active.parentKey) next = visible.find((item) => item.key === active.parentKey);
        break;
      case 'Enter':
      case ' ':
        store.select({ type: 'node', id: active.nodeId });
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) focusItem(next.key);
  };

  const toggle = useCallback((item: Item) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(item.key)) next.delete(item.key);
      else next.add(item.key);
      return next;
    });
  }, []);
  const activate = useCallback(
    (item: Item) => {
      setActiveKey(item.key);
      store.select({ type: 'node', id: item.nodeId });
    },
    [store],
  );

  // Rendered flat, levels carried by aria-level: a large group is one list, not deep nesting.
  return (
    <div className="max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white p-2 text-sm">
      <ul role="tree" aria-label={label} onKeyDown={onKeyDown}>
        {visible.map((item) => (
          <TreeRow
            key={item.key}
            item={item}
            label={model.nodes.get(item.nodeId)?.label ?? item.nodeId}
            kind={model.nodes.get(item.nodeId)?.kind ?? 'target'}
            expandable={(children.get(item.nodeId)?.length ?? 0) > 0}
            expanded={expanded.has(item.key)}
            active={item.key === active?.key}
            refs={itemRefs}
            onActivate={activate}
            onToggle={toggle}
          />
        ))}
      </ul>
    </div>
  );
}

/** Keys from a root down to the first place the node appears. */
function findPath(
  roots: string[],
  children: Map<string, GraphEdge[]>,
  nodeId: string,
): string[] | undefined {
  const seen = new Set<string>();
  const walk = (key: string, id: string, path: string[]): string[] | undefined => {
    const here = [...path, key];
    if (id === nodeId) return here;
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const edge of children.get(id) ?? []) {
      const found = walk(`${key}>${edge.id}`, edge.target, here);
      if (found) return found;
    }
    return undefined;
  };
  for (const root of roots) {
    const found = walk(root, root, []);
    if (found) return found;
  }
  return undefined;
}

interface TreeRowProps {
  item: Item;
  label: string;
  kind: keyof typeof KIND_LABEL;
  expandable: boolean;
  expanded: boolean;
  active: boolean;
  refs: Map<string, HTMLLIElement>;
  onActivate: (item: Item) => void;
  onToggle: (item: Item) => void;
}

const TreeRow = memo(function TreeRow({
  item,
  label,
  kind,
  expandable,
  expanded,
  active,
  refs,
  onActivate,
  onToggle,
}: TreeRowProps) {
  const labelId = useId();
  const { status, selected } = useNodeState(item.nodeId);
  const relation =
    item.edge && item.edge.label !== label ? RELATION[item.edge.kind]?.(item.edge) : undefined;
  return (
    // Keys are handled once for the whole tree (roving focus), on the element with role="tree".
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      ref={(element) => {
        if (element) refs.set(item.key, element);
        else refs.delete(item.key);
      }}
      role="treeitem"
      aria-level={item.level}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={selected}
      aria-labelledby={labelId}
      tabIndex={active ? 0 : -1}
      onClick={() => onActivate(item)}
      style={{ paddingLeft: `${(item.level - 1) * 1.25}rem` }}
      className="flex items-center gap-1 rounded py-0.5 outline-offset-0 aria-selected:bg-sky-100"
    >
      {expandable ? (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          className="w-5 text-slate-500"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(item);
          }}
        >
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="w-5" />
      )}
      <span id={labelId} className="[overflow-wrap:anywhere]">
        <span className="text-xs text-slate-600">{KIND_LABEL[kind]}: </span>
        <span className="font-medium">{label}</span>
        {relation ? <span className="text-slate-600"> ({relation})</span> : null}
        {kind === 'connector' || kind === 'group' ? (
          <>
            {' '}
            <StatusBadge status={status} label={status === undefined ? 'Checking…' : undefined} />
          </>
        ) : null}
      </span>
    </li>
  );
});
