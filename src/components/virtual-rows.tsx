/**
 * The rows of a long table page, mounted only near the view (TanStack Virtual), with spacer rows
 * keeping the scroll height. A chunk of its own: only a page longer than `VIRTUAL_AFTER` rows
 * needs it, so the first visit (the groups list, 100 rows a page) does not download it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

export interface VirtualRowsProps {
  count: number;
  /** The box that scrolls (the table's own). */
  scrollRef: RefObject<HTMLDivElement | null>;
  rowEstimate: number;
  rowKey: (index: number) => string | number;
  columns: number;
  renderRow: (index: number, measure: (element: HTMLTableRowElement | null) => void) => ReactNode;
}

export default function VirtualRows({
  count,
  scrollRef,
  rowEstimate,
  rowKey,
  columns,
  renderRow,
}: VirtualRowsProps) {
  // Read afresh each render; the one function rows get (measureElement) is a stable property.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowEstimate,
    getItemKey: rowKey,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  return (
    <>
      {padTop > 0 ? (
        <tr aria-hidden="true" style={{ height: padTop }}>
          <td colSpan={columns} />
        </tr>
      ) : null}
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {padBottom > 0 ? (
        <tr aria-hidden="true" style={{ height: padBottom }}>
          <td colSpan={columns} />
        </tr>
      ) : null}
    </>
  );
}
