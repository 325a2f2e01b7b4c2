import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { KIND_LABEL, type NodeKind } from './graph-model';
import type { GraphModel } from './graph-model';
import { searchNodes, type SearchHit } from './graph-search';
import { STATUS_FILTERS } from './graph-status';

/** Kinds the "Show" filter offers (a graph without its groups would have nothing to hang on). */
export const FILTERABLE_KINDS: NodeKind[] = [
  'connector',
  'connection',
  'connectorType',
  'endpoint',
  'target',
];

export interface NodeSearchProps {
  model: GraphModel;
  hidden: ReadonlySet<string>;
  onChoose: (hit: SearchHit) => void;
}

/** "Find a node": a combobox listing matching nodes; choosing one selects it and brings it into view. */
export function NodeSearch({ model, hidden, onChoose }: NodeSearchProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text);
  const hits = useMemo(() => searchNodes(model, query, hidden), [model, query, hidden]);
  const shown = open && hits.length > 0;
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onChoose(hit);
  };
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Find a node
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown ? `${id}-${active}` : undefined}
        aria-describedby={`${id}-count`}
        placeholder="Name or qualified name"
        data-page-filter=""
        aria-keyshortcuts="/"
        title="Find a node (/)"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (current + step + hits.length) % Math.max(1, hits.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(hits[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
        className="w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
      />
      <span id={`${id}-count`} role="status" className="sr-only">
        {query.trim() ? (hits.length ? `${hits.length} matching nodes` : 'No node matches') : ''}
      </span>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching nodes"
        hidden={!shown}
        className="absolute top-full z-20 mt-1 max-h-80 w-96 max-w-[90vw] overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
      >
        {shown
          ? hits.map((hit, i) => (
              // Options are never focused: the input's arrow keys and Enter operate them
              // (aria-activedescendant); a click is the mouse's way to the same.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={hit.id}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                // Keep the input focused so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit)}
                className="cursor-pointer px-3 py-1.5 aria-selected:bg-sky-100"
              >
                <span className="block font-medium [overflow-wrap:anywhere]">{hit.label}</span>
                <span className="text-xs text-slate-600">{KIND_LABEL[hit.kind]}</span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}

export interface GraphFiltersProps {
  hiddenKinds: ReadonlySet<NodeKind>;
  onKindsChange: (hidden: Set<NodeKind>) => void;
  status: string;
  onStatusChange: (value: string) => void;
}

/** Which node kinds to show and which connector statuses. */
export function GraphFilters({
  hiddenKinds,
  onKindsChange,
  status,
  onStatusChange,
}: GraphFiltersProps) {
  const statusId = useId();
  return (
    <>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Show</legend>
        {FILTERABLE_KINDS.map((kind) => (
          <label key={kind} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              checked={!hiddenKinds.has(kind)}
              onChange={(event) => {
                const next = new Set(hiddenKinds);
                if (event.target.checked) next.delete(kind);
                else next.add(kind);
                onKindsChange(next);
              }}
            />
            {KIND_LABEL[kind]}s
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={statusId} className="text-sm font-medium">
          Connector status
        </label>
        <select
          id={statusId}
          value={status}
          onChange={(event) => onStatusChange(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {STATUS_FILTERS.map((filter) => (
            <option key={filter.value} value={filter.value}>
              {filter.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div role="group" aria-label="Zoom" className="flex items-center gap-1">
      <Button size="sm" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </Button>
      <Button size="sm" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </Button>
      <Button size="sm" onClick={onFit} title="Fit the whole graph (0)">
        Fit view
      </Button>
    </div>
  );
}
