import { useEffect, useState } from 'react';
import { Button } from './button';

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy GUID". */
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `value` to the clipboard and says so in a live region. */
export function CopyButton({ value, label = 'Copy' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const id = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(id);
  }, [state]);

  async function copy() {
    try {
      // The Clipboard API exists only in secure contexts; without it the text stays selectable.
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant="ghost" onClick={() => void copy()} aria-label={label}>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 5.5V3.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
        </svg>
        Copy
      </Button>
      <span aria-live="polite" className="text-xs text-slate-600">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Could not copy; select the text instead'
            : ''}
      </span>
    </span>
  );
}
