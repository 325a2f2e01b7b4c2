import type { ReactNode } from 'react';

export interface TableProps {
  /** The table's name for assistive technology; visible unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
}

/** A horizontally scrollable table with a caption. Rows and headers come from the caller. */
export function Table({ caption, captionHidden = true, children }: TableProps) {
  return (
    // relative: keeps absolutely positioned sr-only text inside the scroll box, not widening the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left font-medium'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export const headerCellClass = 'px-3 py-2 font-semibold text-slate-700 whitespace-nowrap';
export const cellClass = 'px-3 py-2 align-top';
