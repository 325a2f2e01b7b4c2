import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field, inputClass, TextField } from '../../components/form';
import { catalogEntry, catalogGroups } from './connector-catalog';

/**
 * The connector type of a connection: chosen from the catalog that ships with the console, or a
 * provider class typed by hand (for connectors the catalog does not know).
 */
export function ConnectorTypeField({ prefix, label }: { prefix: string; label: string }) {
  const { register, setValue } = useFormContext();
  const sourceName = `${prefix}.connectorType.source`;
  const className = `${prefix}.connectorType.providerClassName`;
  const source = useWatch({ name: sourceName }) as 'catalog' | 'manual';
  const providerClassName = useWatch({ name: className }) as string;
  const entry = catalogEntry(providerClassName);
  const legendId = useId();

  return (
    <fieldset aria-labelledby={legendId} className="space-y-2">
      <legend id={legendId} className="text-sm font-medium text-slate-800">
        {label}: connector type
      </legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="catalog" {...register(sourceName)} />
          From the connector catalog
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="manual" {...register(sourceName)} />
          Provider class typed by hand
        </label>
      </div>
      {source === 'catalog' ? (
        <Field
          name={className}
          label={`${label}: connector provider`}
          required
          hint={
            entry ? (
              <>
                {entry.description}
                <br />
                <code className="[overflow-wrap:anywhere]">{entry.providerClassName}</code>
              </>
            ) : (
              'The providers of Egeria’s own connectors.'
            )
          }
        >
          {(control) => (
            <select
              className={inputClass}
              {...control}
              value={entry ? providerClassName : ''}
              {...register(className)}
              onChange={(event) =>
                setValue(className, event.target.value, {
                  shouldDirty: true,
                  shouldValidate: true,
                  shouldTouch: true,
                })
              }
            >
              <option value="">Choose a connector type…</option>
              {catalogGroups().map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.entries.map((e) => (
                    <option key={e.providerClassName} value={e.providerClassName}>
                      {e.displayName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <TextField
          name={className}
          label={`${label}: connector provider class name`}
          required
          hint="The fully qualified Java class of the connector provider, as installed in the daemon."
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
      )}
    </fieldset>
  );
}
