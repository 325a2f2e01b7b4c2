import { memo, type ReactNode } from 'react';
import { CopyIcon } from './copy-icon';
import { showToast } from './toasts';

/**
 * Shortens `text` in the middle: qualified names and GUIDs differ at both ends
 * (`Coco:IntegrationGroup:…:Onboarding`), so keeping the start and the end keeps them apart.
 */
export function middleTruncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}

export interface IdentifierProps {
  value: string;
  /** What the value is, for the copy button's name: "qualified name", "GUID". */
  kind: string;
  /** Characters shown before the middle is cut. */
  max?: number;
  /** Wraps the shown text (a link to the element). */
  render?: (shown: ReactNode) => ReactNode;
}

async function copy(value: string, kind: string) {
  try {
    // The Clipboard API exists only in secure contexts; without it the text stays selectable.
    if (!navigator.clipboard) throw new Error('the clipboard is not available here');
    await navigator.clipboard.writeText(value);
    showToast({ tone: 'info', title: `Copied the ${kind}`, detail: value });
  } catch (error) {
    showToast({ title: `Could not copy the ${kind}; select the text instead`, error });
  }
}

/**
 * An identifier in a table cell: cut in the middle when long, the whole text on hover (title)
 * and for screen readers, with a copy button.
 */
export const Identifier = memo(function Identifier({
  value,
  kind,
  max = 40,
  render = (shown) => shown,
}: IdentifierProps) {
  const shortened = middleTruncate(value, max);
  const shown =
    shortened === value ? (
      value
    ) : (
      <>
        <span aria-hidden="true">{shortened}</span>
        <span className="sr-only">{value}</span>
      </>
    );
  return (
    <span className="inline-flex max-w-full items-center gap-1 whitespace-nowrap">
      <span title={value} data-identifier={value}>
        {render(shown)}
      </span>
      <button
        type="button"
        onClick={() => void copy(value, kind)}
        aria-label={`Copy the ${kind} ${value}`}
        title={`Copy the ${kind}`}
        className="shrink-0 rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
      >
        <CopyIcon />
      </button>
    </span>
  );
});
