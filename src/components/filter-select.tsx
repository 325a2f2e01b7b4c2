import { useId } from 'react';

export interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** Classes of the select itself (its width). */
  className?: string;
}

/** A labelled select outside a form: a table's filter, a picker in a dialog. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  className = 'max-w-72',
}: FilterSelectProps) {
  const id = useId();
  // A value from the URL that matches no option still shows, rather than silently reading "All".
  const all = options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: value }];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm ${className}`}
      >
        {all.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
