import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  useFieldArray,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { formatDateTime } from '../../lib/format';
import type { PlatformScope } from '../platforms/platform-context';
import { ConfirmDialog } from './confirm-dialog';
import { draftStore, Field, inputClass, type Draft } from './form-support';
import {
  ConfigFormSchema,
  EndpointFormSchema,
  PROPERTY_TYPES,
  propertiesOf,
  removedNames,
  rowsOf,
  type ConfigFormValues,
  type EndpointFormValues,
} from './live-config-model';
import { useUpdateConfigProperties, useUpdateEndpointAddress } from './monitor-mutations';

interface LiveFormProps {
  scope: PlatformScope;
  daemon: string;
  connectorName: string;
  onDirtyChange: (dirty: boolean) => void;
}

function RestoredNotice({ draft, onDiscard }: { draft: Draft<unknown>; onDiscard: () => void }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      Restored your unsaved changes from {formatDateTime(new Date(draft.savedAt).toISOString())}.
      <Button size="sm" onClick={onDiscard}>
        Discard them
      </Button>
    </div>
  );
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What both live forms keep the same way: a draft of unsaved changes (restored over the daemon's
 * values when the page opens again), the daemon's new values taking over while the form is
 * untouched, and the page told whether the form holds changes.
 */
function useLiveForm<T extends FieldValues>({
  draftKey,
  schema,
  serverValues,
  onDirtyChange,
}: {
  draftKey: string;
  schema: z.ZodType<T, T>;
  serverValues: T;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const drafts = useMemo(() => draftStore<T>(draftKey), [draftKey]);
  const [restored, setRestored] = useState(() => {
    const draft = drafts.load();
    return draft && !sameJson(draft.values, serverValues) ? draft : undefined;
  });
  const form = useForm<T>({
    resolver: zodResolver(schema) as unknown as Resolver<T>,
    defaultValues: serverValues as DefaultValues<T>,
    mode: 'onTouched',
  });
  const { formState, reset, control } = form;
  const values = useWatch({ control });

  // A restored draft is applied over the daemon's values, so the form counts as changed.
  useEffect(() => {
    if (restored) reset(restored.values, { keepDefaultValues: true });
    // Only when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // New values from the daemon (after a save, or someone else's) replace the form while untouched.
  const appliedServerValues = useRef(serverValues);
  useEffect(() => {
    if (appliedServerValues.current === serverValues) return;
    appliedServerValues.current = serverValues;
    if (!formState.isDirty) reset(serverValues);
  }, [serverValues, formState.isDirty, reset]);
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  useEffect(() => {
    if (formState.isDirty) drafts.save(values as T);
  }, [values, formState.isDirty, drafts]);

  /** Forgets the draft and shows `values` as what the daemon runs now. */
  const settle = (values: T) => {
    drafts.clear();
    setRestored(undefined);
    reset(values);
  };
  const notice = restored ? (
    <RestoredNotice draft={restored} onDiscard={() => settle(serverValues)} />
  ) : null;
  return { form, settle, discard: () => settle(serverValues), notice };
}

/**
 * The foot of a live form: why the last save failed or that it worked, then Save and Discard.
 * `saveNeedsChanges` keeps Save off until something is edited.
 */
function LiveFormEnd({
  mutation,
  failedTitle,
  saved,
  saveLabel,
  saveNeedsChanges = false,
  dirty,
  onDiscard,
}: {
  mutation: { isError: boolean; error: unknown; isPending: boolean };
  failedTitle: string;
  saved: string | undefined;
  saveLabel: string;
  saveNeedsChanges?: boolean;
  dirty: boolean;
  onDiscard: () => void;
}) {
  return (
    <>
      {mutation.isError ? <ErrorPanel title={failedTitle} error={mutation.error} /> : null}
      {saved ? (
        <p role="status" className="text-sm font-medium text-green-800">
          {saved}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          variant="primary"
          disabled={mutation.isPending || (saveNeedsChanges && !dirty)}
        >
          {mutation.isPending ? 'Saving…' : saveLabel}
        </Button>
        <Button onClick={onDiscard} disabled={!dirty || mutation.isPending}>
          Discard changes
        </Button>
      </div>
    </>
  );
}

/**
 * The running connector's configuration properties, edited as typed rows and applied by merge
 * (listed properties change, others stay) or replace (exactly the listed properties remain).
 */
export function ConfigPropertiesForm({
  scope,
  daemon,
  connectorName,
  current,
  onDirtyChange,
}: LiveFormProps & { current: Record<string, unknown> }) {
  const titleId = useId();
  const serverValues = useMemo<ConfigFormValues>(
    () => ({ mode: 'merge', properties: rowsOf(current) }),
    [current],
  );
  const { form, settle, discard, notice } = useLiveForm({
    draftKey: `config:${scope.platform.id}:${daemon}:${connectorName}`,
    schema: ConfigFormSchema,
    serverValues,
    onDirtyChange,
  });
  const { register, control, handleSubmit, formState, setValue } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'properties' });
  const rows = useWatch({ control, name: 'properties' });
  const mode = useWatch({ control, name: 'mode' });
  const mutation = useUpdateConfigProperties(scope, daemon, connectorName);
  const [confirmRemoval, setConfirmRemoval] = useState<{
    properties: Record<string, unknown>;
    removed: string[];
  }>();
  const [saved, setSaved] = useState<string>();

  const submit = (properties: Record<string, unknown>, merge: boolean) => {
    setSaved(undefined);
    mutation.mutate(
      { properties, merge },
      {
        onSuccess: () => {
          settle({ mode: merge ? 'merge' : 'replace', properties: rowsOf(properties) });
          setSaved(
            merge
              ? 'Saved: the listed properties were merged into the running connector’s configuration.'
              : 'Saved: the running connector’s configuration properties were replaced.',
          );
        },
      },
    );
  };
  const onSubmit = handleSubmit((valid) => {
    const properties = propertiesOf(valid.properties);
    const removed = removedNames(current, properties);
    if (valid.mode === 'replace' && removed.length > 0) setConfirmRemoval({ properties, removed });
    else submit(properties, valid.mode === 'merge');
  });
  const kept =
    mode === 'merge'
      ? removedNames(current, Object.fromEntries((rows ?? []).map((r) => [r.name.trim(), 1])))
      : [];

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={titleId}
      className="space-y-4"
    >
      <h3 id={titleId} className="text-base font-semibold">
        Configuration properties
      </h3>
      {notice}
      <fieldset className="space-y-3">
        <legend className="sr-only">Properties</legend>
        {fields.length === 0 ? (
          <p className="text-sm text-slate-600">
            The running connector has no configuration properties.
          </p>
        ) : null}
        {fields.map((field, index) => {
          const errors = formState.errors.properties?.[index];
          const type = rows?.[index]?.type ?? field.type;
          const suffix = <span className="sr-only">of property {index + 1}</span>;
          return (
            <div
              key={field.id}
              className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[minmax(10rem,1fr)_8rem_minmax(12rem,2fr)_auto]"
            >
              <Field label={<>Name {suffix}</>} error={errors?.name?.message}>
                {(ids) => (
                  <input
                    {...ids}
                    {...register(`properties.${index}.name`)}
                    className={inputClass}
                    autoComplete="off"
                  />
                )}
              </Field>
              <Field label={<>Type {suffix}</>} error={errors?.type?.message}>
                {(ids) => (
                  <select
                    {...ids}
                    {...register(`properties.${index}.type`, {
                      onChange: (event: { target: { value: string } }) => {
                        const value = rows?.[index]?.value ?? '';
                        if (
                          event.target.value === 'boolean' &&
                          value !== 'true' &&
                          value !== 'false'
                        )
                          setValue(`properties.${index}.value`, 'false', { shouldDirty: true });
                      },
                    })}
                    className={inputClass}
                  >
                    {PROPERTY_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {t === 'json' ? 'JSON' : t}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={<>Value {suffix}</>} error={errors?.value?.message}>
                {(ids) =>
                  type === 'boolean' ? (
                    <select
                      {...ids}
                      {...register(`properties.${index}.value`)}
                      className={inputClass}
                    >
                      <option value="true">true</option>
                      <option value="false">false</option>
                    </select>
                  ) : type === 'json' ? (
                    <textarea
                      {...ids}
                      {...register(`properties.${index}.value`)}
                      rows={3}
                      className={`${inputClass} font-mono`}
                    />
                  ) : (
                    <input
                      {...ids}
                      {...register(`properties.${index}.value`)}
                      inputMode={type === 'number' ? 'decimal' : undefined}
                      className={inputClass}
                      autoComplete="off"
                    />
                  )
                }
              </Field>
              <div className="flex items-end">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => remove(index)}
                  aria-label={`Remove property ${index + 1}${rows?.[index]?.name ? ` (${rows[index].name})` : ''}`}
                >
                  Remove
                </Button>
              </div>
            </div>
          );
        })}
        <Button size="sm" onClick={() => append({ name: '', type: 'string', value: '' })}>
          Add property
        </Button>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Apply as</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="merge" {...register('mode')} className="mt-1" />
          <span>
            <strong>Merge</strong>: the listed properties are set; properties not listed keep their
            values.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" value="replace" {...register('mode')} className="mt-1" />
          <span>
            <strong>Replace</strong>: exactly the listed properties remain; the others are removed.
          </span>
        </label>
        {kept.length > 0 ? (
          <p className="text-xs text-amber-900">
            With merge, the properties you removed from the list stay on the connector:{' '}
            {kept.join(', ')}. Choose Replace to remove them.
          </p>
        ) : null}
      </fieldset>
      <p className="text-xs text-slate-600">
        Changes apply to the running connector only; its stored definition is unchanged, so a
        restart of the daemon brings back the defined properties.
      </p>
      <LiveFormEnd
        mutation={mutation}
        failedTitle="The configuration properties were not changed"
        saved={saved}
        saveLabel="Save to the running connector"
        dirty={formState.isDirty}
        onDiscard={discard}
      />
      {confirmRemoval ? (
        <ConfirmDialog
          title="Remove configuration properties?"
          confirmLabel={`Replace and remove ${confirmRemoval.removed.length}`}
          onCancel={() => setConfirmRemoval(undefined)}
          onConfirm={() => {
            const { properties } = confirmRemoval;
            setConfirmRemoval(undefined);
            submit(properties, false);
          }}
        >
          <p>Replacing removes these properties from the running connector:</p>
          <ul className="list-disc pl-5">
            {confirmRemoval.removed.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** The network address of the running connector's endpoint; the daemon restarts it to use a new one. */
export function EndpointAddressForm({
  scope,
  daemon,
  connectorName,
  current,
  onDirtyChange,
}: LiveFormProps & { current: string | undefined }) {
  const titleId = useId();
  const serverValues = useMemo<EndpointFormValues>(() => ({ address: current ?? '' }), [current]);
  const { form, settle, discard, notice } = useLiveForm({
    draftKey: `endpoint:${scope.platform.id}:${daemon}:${connectorName}`,
    schema: EndpointFormSchema,
    serverValues,
    onDirtyChange,
  });
  const { register, handleSubmit, formState } = form;
  const mutation = useUpdateEndpointAddress(scope, daemon, connectorName);
  const [confirmAddress, setConfirmAddress] = useState<string>();
  const [saved, setSaved] = useState<string>();

  return (
    <form
      onSubmit={(event) =>
        void handleSubmit((valid) => {
          setSaved(undefined);
          setConfirmAddress(valid.address);
        })(event)
      }
      noValidate
      aria-labelledby={titleId}
      className="space-y-3"
    >
      <h3 id={titleId} className="text-base font-semibold">
        Endpoint network address
      </h3>
      {notice}
      <Field
        label="Network address"
        hint="The address the running connector connects to (a URL, host:port or directory, depending on the connector)."
        error={formState.errors.address?.message}
        className="max-w-2xl"
      >
        {(ids) => (
          <input
            {...ids}
            {...register('address')}
            className={inputClass}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <LiveFormEnd
        mutation={mutation}
        failedTitle="The endpoint address was not changed"
        saved={saved}
        saveLabel="Change the address"
        saveNeedsChanges
        dirty={formState.isDirty}
        onDiscard={discard}
      />
      {confirmAddress !== undefined ? (
        <ConfirmDialog
          title="Change the endpoint address?"
          confirmLabel="Change and restart"
          onCancel={() => setConfirmAddress(undefined)}
          onConfirm={() => {
            const address = confirmAddress;
            setConfirmAddress(undefined);
            mutation.mutate(address, {
              onSuccess: () => {
                settle({ address });
                setSaved('Saved: the daemon restarts the connector with the new address.');
              },
            });
          }}
        >
          <p>
            The daemon restarts <strong>{connectorName}</strong> to connect to{' '}
            <code className="[overflow-wrap:anywhere]">{confirmAddress}</code>. Its stored
            definition keeps the old address.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
