import { Loading } from './spinner';

/**
 * The shape of a page while its first data or code loads: grey bars where the heading, the toolbar
 * and the rows will be, so the page does not jump when they arrive. The label is announced.
 */
export function PageSkeleton({ label = 'Loading…', rows = 6 }: { label?: string; rows?: number }) {
  return (
    <div aria-busy="true" data-skeleton="" className="space-y-4">
      <Loading label={label} />
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-7 w-1/3 rounded bg-slate-200" />
        <div className="h-9 w-2/3 rounded bg-slate-200" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-10 rounded bg-slate-200/70" />
        ))}
      </div>
    </div>
  );
}

/** A canvas-sized grey box (the graph while its connectors load). */
export function CanvasSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" data-skeleton="" className="space-y-2">
      <Loading label={label} />
      <div aria-hidden="true" className="h-[60vh] animate-pulse rounded-lg bg-slate-200/70" />
    </div>
  );
}
