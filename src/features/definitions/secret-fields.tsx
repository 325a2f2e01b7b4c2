import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextField, useFieldError } from '../../components/form';
import type { SecretMode, SecretValues, SecuredValues } from './connector-form';
import { KeyValueEditor } from './key-value-editor';

function ModeRadios({
  name,
  isSet,
  labels,
}: {
  name: string;
  isSet: boolean;
  labels: Record<SecretMode, string>;
}) {
  const { register } = useFormContext();
  const modes: SecretMode[] = isSet ? ['keep', 'replace', 'remove'] : ['keep', 'replace'];
  return (
    <div className="flex flex-wrap gap-4 text-sm">
      {modes.map((mode) => (
        <label key={mode} className="inline-flex items-center gap-2">
          <input type="radio" value={mode} {...register(name)} />
          {labels[mode]}
        </label>
      ))}
    </div>
  );
}

function State({ set, detail }: { set: boolean; detail?: string }) {
  return (
    <p className="text-sm">
      Stored in Egeria:{' '}
      <strong className={set ? 'text-green-800' : 'text-slate-600'}>
        {set ? 'set' : 'not set'}
      </strong>
      {detail ? ` (${detail})` : ''}
    </p>
  );
}

/**
 * A write-only secret (clearPassword, encryptedPassword): the form shows whether Egeria holds one,
 * never the value, and sends a value only when the user types a new one.
 */
export function SecretField({ name, label }: { name: string; label: string }) {
  const legendId = useId();
  const secret = useWatch({ name }) as SecretValues;
  return (
    <fieldset aria-labelledby={legendId} className="space-y-1">
      <legend id={legendId} className="text-sm font-medium text-slate-800">
        {label}
      </legend>
      <State set={secret.isSet} />
      <ModeRadios
        name={`${name}.mode`}
        isSet={secret.isSet}
        labels={{
          keep: secret.isSet ? 'Keep the stored value' : 'Leave unset',
          replace: secret.isSet ? 'Replace with a new value' : 'Set a value',
          remove: 'Remove it',
        }}
      />
      {secret.mode === 'replace' ? (
        <TextField
          name={`${name}.value`}
          type="password"
          label={`${label}: new value`}
          hint="Sent to Egeria once; never shown again, never kept in drafts."
          inputProps={{ autoComplete: 'new-password' }}
        />
      ) : null}
    </fieldset>
  );
}

/**
 * Secured properties: names are shown, values never. Egeria replaces the whole map, so changing
 * one means typing every value again; the form says so rather than dropping the others silently.
 */
export function SecuredPropertiesField({ name, label }: { name: string; label: string }) {
  const legendId = useId();
  const { setValue, getValues } = useFormContext();
  const secured = useWatch({ name }) as SecuredValues;
  const entriesError = useFieldError(`${name}.entries`);
  const isSet = secured.setNames.length > 0;
  return (
    <fieldset aria-labelledby={legendId} className="space-y-1">
      <legend id={legendId} className="text-sm font-medium text-slate-800">
        {label}
      </legend>
      <State set={isSet} detail={isSet ? secured.setNames.join(', ') : undefined} />
      <div
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          // Replacing starts from the stored names, each waiting for its new value.
          if (
            target.value === 'replace' &&
            (getValues(`${name}.entries`) as unknown[]).length === 0
          )
            setValue(
              `${name}.entries`,
              secured.setNames.map((key) => ({ key, value: '' })),
            );
        }}
      >
        <ModeRadios
          name={`${name}.mode`}
          isSet={isSet}
          labels={{
            keep: isSet ? 'Keep the stored values' : 'Leave unset',
            replace: isSet ? 'Replace them all' : 'Set some',
            remove: 'Remove them all',
          }}
        />
      </div>
      {secured.mode === 'replace' ? (
        <>
          <KeyValueEditor
            name={`${name}.entries`}
            legend={`${label}: new values`}
            noun="secured property"
            secret
            hint="Egeria replaces the whole set: type every value, including ones you keep. Values are never shown again or kept in drafts."
          />
          {entriesError ? (
            <p role="alert" className="text-sm text-red-800">
              {entriesError}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
