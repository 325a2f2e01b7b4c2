import type { ReactNode } from 'react';

/** A small label next to a name, e.g. "sandbox". */
export function Tag({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className="rounded bg-amber-200 px-1.5 py-0.5 text-[0.7rem] font-semibold uppercase tracking-wide text-amber-950"
    >
      {children}
    </span>
  );
}
