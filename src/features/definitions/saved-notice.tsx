import { useEffect, useRef, type ReactNode } from 'react';

/** A success message that takes focus, so it is read out after the screen changes. */
export function SavedNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-green-950 focus:outline-none"
    >
      <span aria-hidden="true">✓ </span>
      {children}
    </div>
  );
}
