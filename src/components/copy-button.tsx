import { useEffect, useState } from 'react';
import { Button } from './button';
import { CopyIcon } from './copy-icon';

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy GUID". */
  label?: string;
  /** The visible text, which the accessible name should contain ("Copy" by default). */
  text?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `value` to the clipboard and says so in a live region. */
export function CopyButton({ value, label = 'Copy', text = 'Copy' }: CopyButtonProps) {
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
        <CopyIcon />
        {text}
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

/** A details list's GUID: the value to read or select, and the button that copies it. */
export function GuidDetail({ guid }: { guid: string }) {
  return (
    <dd className="flex flex-wrap items-center gap-2">
      <code className="[overflow-wrap:anywhere]">{guid}</code>
      <CopyButton value={guid} label="Copy GUID" />
    </dd>
  );
}
