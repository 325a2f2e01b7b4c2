import { useId, useState } from 'react';
import { useDebouncedCallback } from '../lib/use-debounced-callback';

export interface SearchBoxProps {
  label: string;
  /** Read by screen readers after the label: what the search looks at. */
  hint: string;
  placeholder?: string;
  /** The current search (usually from the URL). */
  value: string;
  /** Called once typing pauses for `debounceMs`. */
  onSearch: (value: string) => void;
  debounceMs?: number;
}

/** A labelled search input. Typing stays instant; `onSearch` (the URL, the filtering) follows once typing pauses. */
export function SearchBox({
  label,
  hint,
  placeholder,
  value,
  onSearch,
  debounceMs = 250,
}: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  // The value can change without typing (back button, a link): follow it then.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }
  const search = useDebouncedCallback(onSearch, debounceMs);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          search(event.target.value);
        }}
        placeholder={placeholder}
        aria-describedby={`${id}-hint`}
        className="w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
      />
      <span id={`${id}-hint`} className="sr-only">
        {hint}
      </span>
    </div>
  );
}
