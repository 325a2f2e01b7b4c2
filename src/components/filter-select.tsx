/**
 * Labelled controls outside a react-hook-form form (filters, pickers, a file input); form fields
 * use `Field` in form.tsx, which adds the hint and error. One module, so one chunk: the first
 * visit pays for every chunk file name its router lists.
 */
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';

export interface LabelledProps {
  label: ReactNode;
  labelClassName?: string;
  /** Renders the control with the id its label points at. */
  children: (id: string) => ReactNode;
}

/** A control with its label above it. */
export function Labelled({
  label,
  labelClassName = 'text-sm font-medium',
  children,
}: LabelledProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export interface FilterInputProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'id' | 'type' | 'onChange'
> {
  label: ReactNode;
  labelClassName?: string;
  onChange: (value: string) => void;
}

/** A labelled search input that filters a list already read, at each keystroke. */
export function FilterInput({ label, labelClassName, onChange, ...input }: FilterInputProps) {
  return (
    <Labelled label={label} labelClassName={labelClassName}>
      {(id) => (
        <input
          id={id}
          type="search"
          onChange={(event) => onChange(event.target.value)}
          {...input}
        />
      )}
    </Labelled>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** The `<option>`s of a select, one a value/label pair. */
export function SelectOptions({ options }: { options: ReadonlyArray<SelectOption> }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

export interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<SelectOption>;
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
  // A value from the URL that matches no option still shows, rather than silently reading "All".
  const all = options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: value }];
  return (
    <Labelled label={label}>
      {(id) => (
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm ${className}`}
        >
          <SelectOptions options={all} />
        </select>
      )}
    </Labelled>
  );
}
