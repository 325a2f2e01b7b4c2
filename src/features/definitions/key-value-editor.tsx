import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../components/button';
import { TextField } from '../../components/form';

export interface KeyValueEditorProps {
  /** Form path of an array of `{ key, value }` rows. */
  name: string;
  /** "Additional properties". */
  legend: string;
  /** Singular noun for buttons and labels: "property". */
  noun?: string;
  hint?: string;
  /** Render values as password inputs (new secret values). */
  secret?: boolean;
}

/** A string map as rows of name and value, each labelled, with add and remove. */
export function KeyValueEditor({
  name,
  legend,
  noun = 'property',
  hint,
  secret = false,
}: KeyValueEditorProps) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {fields.length === 0 ? <p className="text-sm text-slate-600">None.</p> : null}
      <ul className="space-y-2">
        {fields.map((field, index) => (
          <li key={field.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <TextField
              name={`${name}.${index}.key`}
              label={`${legend}: name of ${noun} ${index + 1}`}
              labelHidden
              inputProps={{ placeholder: 'Name', autoComplete: 'off' }}
            />
            <TextField
              name={`${name}.${index}.value`}
              type={secret ? 'password' : 'text'}
              label={`${legend}: value of ${noun} ${index + 1}`}
              labelHidden
              inputProps={{ placeholder: 'Value', autoComplete: secret ? 'new-password' : 'off' }}
            />
            <Button
              size="sm"
              variant="ghost"
              className="mt-1"
              onClick={() => remove(index)}
              aria-label={`${legend}: remove ${noun} ${index + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button
        size="sm"
        onClick={() => append({ key: '', value: '' })}
        aria-label={`${legend}: add ${noun}`}
      >
        Add {noun}
      </Button>
    </fieldset>
  );
}
