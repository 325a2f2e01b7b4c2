import { truncateText } from '../lib/format';

const PREVIEW_LENGTH = 300;

/** Text shown as text, however long: the first few hundred characters, the rest one keypress away. */
export function LongText({ value, empty = '—' }: { value: string; empty?: string }) {
  if (value === '') return <span className="text-slate-400">{empty}</span>;
  if (value.length <= PREVIEW_LENGTH)
    return <span className="whitespace-pre-wrap [overflow-wrap:anywhere]">{value}</span>;
  return (
    <details>
      <summary className="cursor-pointer whitespace-pre-wrap [overflow-wrap:anywhere]">
        {truncateText(value, PREVIEW_LENGTH)}
        <span className="text-sky-800 underline">
          {' '}
          show all {value.length.toLocaleString()} characters
        </span>
      </summary>
      <p className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap [overflow-wrap:anywhere]">
        {value}
      </p>
    </details>
  );
}
