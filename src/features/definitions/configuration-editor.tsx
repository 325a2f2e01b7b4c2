import { useId, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../components/button';
import { Field, inputClass, TextAreaField, TextField } from '../../components/form';
import {
  CONFIG_TYPES,
  configurationMap,
  parseJsonMap,
  rowFromEntry,
  type ConfigRow,
  type ConfigType,
  type ConfigurationValues,
} from './connector-form';

const TYPE_LABELS: Record<ConfigType, string> = {
  string: 'Text',
  number: 'Number',
  boolean: 'True / false',
  list: 'List (JSON)',
  map: 'Map (JSON)',
};

/** A value that fits a newly chosen type, keeping what still fits. */
function valueForType(type: ConfigType, value: string): string {
  switch (type) {
    case 'boolean':
      return value === 'true' ? 'true' : 'false';
    case 'list':
      try {
        return Array.isArray(JSON.parse(value)) ? value : '[]';
      } catch {
        return '[]';
      }
    case 'map':
      try {
        const parsed: unknown = JSON.parse(value);
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? value : '{}';
      } catch {
        return '{}';
      }
    default:
      return value;
  }
}

/**
 * Configuration properties of a connection: typed rows (text, number, true/false, list, map), or
 * the whole map as JSON. Names the connector type recognises are offered as suggestions.
 */
export function ConfigurationEditor({
  name,
  label,
  recognized,
}: {
  /** Form path of a ConfigurationValues object. */
  name: string;
  /** Whose properties: "Connection", "Embedded connection 2". */
  label: string;
  recognized: string[];
}) {
  const { control, register, setValue, getValues } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: `${name}.rows` });
  const mode = useWatch({ name: `${name}.mode` }) as ConfigurationValues['mode'];
  const rows = (useWatch({ name: `${name}.rows` }) ?? []) as ConfigRow[];
  const [switchProblem, setSwitchProblem] = useState<string>();
  const legendId = useId();
  const datalistId = useId();
  const used = new Set(rows.map((r) => r.key));
  const missing = recognized.filter((key) => !used.has(key));

  function toJson() {
    const map = configurationMap(getValues(name) as ConfigurationValues);
    if (!map) {
      setSwitchProblem('Fix the values marked below before switching to JSON.');
      return;
    }
    setSwitchProblem(undefined);
    setValue(`${name}.json`, JSON.stringify(map, null, 2), { shouldDirty: true });
    setValue(`${name}.mode`, 'json', { shouldDirty: true });
  }

  function toRows() {
    const parsed = parseJsonMap(getValues(`${name}.json`) as string);
    if ('error' in parsed) {
      setSwitchProblem(`Fix the JSON before switching to fields: ${parsed.error}`);
      return;
    }
    setSwitchProblem(undefined);
    setValue(
      `${name}.rows`,
      Object.entries(parsed.map).map(([key, value]) => rowFromEntry(key, value)),
      { shouldDirty: true },
    );
    setValue(`${name}.mode`, 'rows', { shouldDirty: true });
  }

  return (
    <fieldset aria-labelledby={legendId} className="space-y-2">
      <legend id={legendId} className="text-sm font-medium text-slate-800">
        {label}: configuration properties
      </legend>
      <div className="flex flex-wrap items-center gap-2">
        {(
          [
            { to: 'rows', as: 'fields', switchTo: toRows },
            { to: 'json', as: 'JSON', switchTo: toJson },
          ] as const
        ).map((button) => (
          <Button
            key={button.to}
            size="sm"
            variant={mode === button.to ? 'primary' : 'secondary'}
            aria-pressed={mode === button.to}
            aria-label={`${label}: edit as ${button.as}`}
            onClick={() => (mode === button.to ? undefined : button.switchTo())}
          >
            {`Edit as ${button.as}`}
          </Button>
        ))}
      </div>
      {switchProblem ? (
        <p role="alert" className="text-sm text-red-800">
          {switchProblem}
        </p>
      ) : null}
      {recognized.length > 0 ? (
        <p className="text-xs text-slate-600">
          Recognised by this connector type: {recognized.join(', ')}.
        </p>
      ) : null}

      {mode === 'json' ? (
        <TextAreaField
          name={`${name}.json`}
          label={`${label}: configuration properties as JSON`}
          labelHidden
          rows={8}
          hint='One JSON object: {"name": value, …}. Values keep their JSON type.'
          textareaProps={{ spellCheck: false, className: `${inputClass} font-mono` }}
        />
      ) : (
        <>
          {fields.length === 0 ? <p className="text-sm text-slate-600">None.</p> : null}
          <datalist id={datalistId}>
            {recognized.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
          <ul className="space-y-2">
            {fields.map((field, index) => {
              const row = rows[index];
              const base = `${name}.rows.${index}`;
              return (
                <li
                  key={field.id}
                  className="grid grid-cols-1 items-start gap-2 sm:grid-cols-[1fr_9rem_1.5fr_auto]"
                >
                  <TextField
                    name={`${base}.key`}
                    label={`${label}: name of configuration property ${index + 1}`}
                    labelHidden
                    inputProps={{ placeholder: 'Name', list: datalistId, autoComplete: 'off' }}
                  />
                  <Field
                    name={`${base}.type`}
                    label={`${label}: type of ${row?.key || `property ${index + 1}`}`}
                    labelHidden
                  >
                    {(controlProps) => (
                      <select
                        className={inputClass}
                        {...controlProps}
                        {...register(`${base}.type`, {
                          onChange: (event: { target: { value: string } }) => {
                            const type = event.target.value as ConfigType;
                            setValue(`${base}.value`, valueForType(type, row?.value ?? ''), {
                              shouldDirty: true,
                            });
                          },
                        })}
                      >
                        {CONFIG_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {TYPE_LABELS[type]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  {row?.type === 'boolean' ? (
                    <Field
                      name={`${base}.value`}
                      label={`${label}: value of ${row.key || `property ${index + 1}`}`}
                      labelHidden
                    >
                      {(controlProps) => (
                        <select
                          className={inputClass}
                          {...controlProps}
                          {...register(`${base}.value`)}
                        >
                          <option value="true">true</option>
                          <option value="false">false</option>
                        </select>
                      )}
                    </Field>
                  ) : row?.type === 'list' || row?.type === 'map' ? (
                    <TextAreaField
                      name={`${base}.value`}
                      label={`${label}: value of ${row.key || `property ${index + 1}`}`}
                      labelHidden
                      rows={2}
                      textareaProps={{ spellCheck: false, className: `${inputClass} font-mono` }}
                    />
                  ) : (
                    <TextField
                      name={`${base}.value`}
                      label={`${label}: value of ${row?.key || `property ${index + 1}`}`}
                      labelHidden
                      inputProps={{
                        placeholder: 'Value',
                        autoComplete: 'off',
                        inputMode: row?.type === 'number' ? 'decimal' : undefined,
                      }}
                    />
                  )}
                  <Button
                    size="sm"
                    variant="ghost"
                    className="mt-1"
                    onClick={() => remove(index)}
                    aria-label={`${label}: remove configuration property ${row?.key || index + 1}`}
                  >
                    Remove
                  </Button>
                </li>
              );
            })}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              onClick={() => append({ key: '', type: 'string', value: '' })}
              aria-label={`${label}: add configuration property`}
            >
              Add property
            </Button>
            {missing.map((key) => (
              <Button
                key={key}
                size="sm"
                variant="ghost"
                onClick={() => append({ key, type: 'string', value: '' })}
                aria-label={`${label}: add ${key}`}
              >
                Add {key}
              </Button>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
