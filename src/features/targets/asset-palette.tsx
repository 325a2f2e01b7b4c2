/**
 * The asset palette: a search of the metadata store by name and type, a page at a time, each
 * element shown with its type, display name and qualifiedName. An element can be dragged out (on
 * the graph: onto a connector) or, without a mouse, acted on with its button.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type PointerEvent } from 'react';
import { Button } from '../../components/button';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { FilterSelect } from '../../components/filter-select';
import { SearchBox } from '../../components/search-box';
import type { ElementSummary } from '../../egeria/model';
import { usePlatform } from '../platforms/platform-context';
import { elementSearchQueryOptions, PALETTE_PAGE_SIZE, PALETTE_TYPES } from './target-queries';

export interface AssetPaletteProps {
  /** The heading; also the palette's accessible name. */
  heading: string;
  /** The button on each element: "Link to a connector…", "Choose". */
  actionLabel: string;
  /** Absent when the element cannot be acted on (the user's role may not link). */
  onAction?: (element: ElementSummary) => void;
  /** Starts a pointer drag of an element (the graph's drag to link). */
  onDragStart?: (element: ElementSummary, event: PointerEvent<HTMLElement>) => void;
  /** A type to start narrowed to (a connector type's supported asset type). */
  initialType?: string;
}

export default function AssetPalette({
  heading,
  actionLabel,
  onAction,
  onDragStart,
  initialType = '',
}: AssetPaletteProps) {
  const scope = usePlatform();
  const headingId = useId();
  const [searchString, setSearchString] = useState('');
  const [typeName, setTypeName] = useState(initialType);
  const [startFrom, setStartFrom] = useState(0);
  const query = useQuery(
    elementSearchQueryOptions(scope, {
      searchString,
      typeNames: typeName ? [typeName] : [],
      startFrom,
      pageSize: PALETTE_PAGE_SIZE,
    }),
  );
  const page = query.data;
  const items = page?.items ?? [];

  return (
    <section aria-labelledby={headingId} className="space-y-3 text-sm">
      <h2 id={headingId} className="text-base font-semibold">
        {heading}
      </h2>
      <SearchBox
        label="Search elements"
        hint="Finds elements whose names or other text properties contain what you type."
        placeholder="Name or qualifiedName"
        value={searchString}
        onSearch={(value) => {
          setSearchString(value);
          setStartFrom(0);
        }}
      />
      <FilterSelect
        label="Element type"
        value={typeName}
        onChange={(value) => {
          setTypeName(value);
          setStartFrom(0);
        }}
        options={PALETTE_TYPES}
        className="block w-full"
      />
      {query.isError ? (
        <QueryErrorPanel title="Could not search the metadata store" read={query} />
      ) : null}
      <p role="status" className="text-slate-600">
        {query.isPending
          ? 'Searching…'
          : items.length === 0
            ? 'No element matches.'
            : `Elements ${(startFrom + 1).toLocaleString()}–${(startFrom + items.length).toLocaleString()}${query.isPlaceholderData ? ' (updating…)' : ''}`}
      </p>
      <ul aria-label="Elements found" className="space-y-2">
        {items.map((element) => (
          <li
            key={element.guid}
            data-element-guid={element.guid}
            className={`rounded-md border border-slate-200 bg-white p-2 ${onDragStart ? 'cursor-grab touch-none select-none' : ''}`}
            onPointerDown={onDragStart ? (event) => onDragStart(element, event) : undefined}
          >
            <p className="text-xs text-slate-600">{element.typeName}</p>
            <p className="font-medium [overflow-wrap:anywhere]">
              {element.displayName ?? element.qualifiedName ?? element.guid}
            </p>
            {element.qualifiedName ? (
              <p className="text-xs text-slate-700 [overflow-wrap:anywhere]">
                <code>{element.qualifiedName}</code>
              </p>
            ) : null}
            <Button
              size="sm"
              className="mt-1"
              hidden={!onAction}
              // A press on the button is not the start of a drag.
              onPointerDown={(event) => event.stopPropagation()}
              onClick={() => onAction?.(element)}
              // The type too: two elements may share a display name (a server and its endpoint).
              aria-label={`${actionLabel} ${element.displayName ?? element.qualifiedName ?? element.guid} (${element.typeName})`}
            >
              {actionLabel}
            </Button>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages of elements" className="flex gap-2">
        <Button
          size="sm"
          disabled={startFrom === 0}
          onClick={() => setStartFrom(Math.max(0, startFrom - PALETTE_PAGE_SIZE))}
        >
          Previous page
        </Button>
        <Button
          size="sm"
          disabled={!page?.mayHaveMore || query.isPlaceholderData}
          onClick={() => setStartFrom(startFrom + PALETTE_PAGE_SIZE)}
        >
          Next page
        </Button>
      </nav>
    </section>
  );
}
