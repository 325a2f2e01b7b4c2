/**
 * The console's one form wrapper: react-hook-form with a zod schema as resolver, and fields that
 * each render their label, hint and error and wire `aria-invalid` / `aria-describedby`, so every
 * form is labelled for screen readers the same way.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import {
  FormProvider,
  get,
  useForm,
  useFormContext,
  useFormState,
  type FieldErrors,
  type FieldValues,
  type RegisterOptions,
  type Resolver,
  type SubmitHandler,
  type UseFormProps,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { SelectOptions, type SelectOption } from './filter-select';

/**
 * useForm with `schema` as the resolver. Fields are first checked when the form is submitted and
 * then again on every change. (Checking on blur would show messages while the user is still
 * filling the form in, and the layout shift could move the submit button out from under a click.)
 * The resolver is taken afresh on each render, so a schema built from data that arrives later
 * applies.
 */
export function useZodForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  options: Omit<UseFormProps<T>, 'resolver'> = {},
): UseFormReturn<T> {
  return useForm<T>({
    resolver: zodResolver(schema) as unknown as Resolver<T>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    ...options,
  });
}

export interface FormProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  onSubmit: SubmitHandler<T>;
  /** The form's accessible name. */
  label: string;
  children: ReactNode;
  className?: string;
}

/** A `<form>` bound to a react-hook-form instance; the browser's own validation is off (zod owns it). */
export function Form<T extends FieldValues>({
  form,
  onSubmit,
  label,
  children,
  className = '',
}: FormProps<T>) {
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={label}
        className={className}
        onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
      >
        {children}
      </form>
    </FormProvider>
  );
}

/** The attributes a field's control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

export interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Keep the label for screen readers only (rows of a table whose columns say what each is). */
  labelHidden?: boolean;
  className?: string;
  /** Renders the control with the ids and ARIA attributes it must carry. */
  children: (control: ControlProps) => ReactNode;
}

/** The error message for `name`, wherever in the form's error tree it sits. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  const error = get(errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' && error.message ? error.message : undefined;
}

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 disabled:bg-slate-100';

/** Label, control, hint and error for one field. */
export function Field({
  name,
  label,
  hint,
  required,
  labelHidden,
  className = '',
  children,
}: FieldProps) {
  const { id, error, describedBy, notes } = useFieldNotes(name, hint, true);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className={labelHidden ? 'sr-only' : 'flex gap-1 text-sm font-medium text-slate-800'}>
        <label htmlFor={id}>{label}</label>
        {/* Outside the label so it is not part of the field's name; aria-required says it. */}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        ) : null}
      </div>
      {children({
        id,
        'aria-invalid': !!error,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {notes}
    </div>
  );
}

/**
 * A field's id, its error, and the error and hint paragraphs its control's `aria-describedby`
 * names. `marked` (the fields with a label above) puts a cross before the error and breaks its long
 * words.
 */
function useFieldNotes(name: string, hint: ReactNode, marked: boolean) {
  const id = useId();
  const error = useFieldError(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const notes = (
    <>
      {error ? (
        <p
          id={errorId}
          className={marked ? 'text-sm break-words text-red-800' : 'text-sm text-red-800'}
        >
          {marked ? <span aria-hidden="true">✕ </span> : null}
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </>
  );
  return {
    id,
    error,
    describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined,
    notes,
  };
}

type InputExtras = Omit<ComponentPropsWithoutRef<'input'>, 'name' | 'id' | 'type'>;

export interface TextFieldProps extends Omit<FieldProps, 'children'> {
  type?: 'text' | 'url' | 'datetime-local' | 'number' | 'password';
  inputProps?: InputExtras;
  registerOptions?: RegisterOptions;
}

/** A `Field` whose control react-hook-form registers under the field's name. */
function RegisteredField({
  name,
  registerOptions,
  field,
  children,
}: {
  name: string;
  registerOptions?: RegisterOptions;
  field: Omit<FieldProps, 'children' | 'name'>;
  children: (control: ControlProps, registered: UseFormRegisterReturn) => ReactNode;
}) {
  const { register } = useFormContext();
  return (
    <Field name={name} {...field}>
      {(control) => children(control, register(name, registerOptions))}
    </Field>
  );
}

export function TextField({
  name,
  type = 'text',
  inputProps,
  registerOptions,
  ...field
}: TextFieldProps) {
  return (
    <RegisteredField name={name} registerOptions={registerOptions} field={field}>
      {(control, registered) => (
        <input type={type} className={inputClass} {...control} {...inputProps} {...registered} />
      )}
    </RegisteredField>
  );
}

export interface TextAreaFieldProps extends Omit<FieldProps, 'children'> {
  rows?: number;
  textareaProps?: Omit<ComponentPropsWithoutRef<'textarea'>, 'name' | 'id'>;
}

export function TextAreaField({ name, rows = 3, textareaProps, ...field }: TextAreaFieldProps) {
  return (
    <RegisteredField name={name} field={field}>
      {(control, registered) => (
        <textarea
          rows={rows}
          className={inputClass}
          {...control}
          {...textareaProps}
          {...registered}
        />
      )}
    </RegisteredField>
  );
}

export interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  options: ReadonlyArray<SelectOption>;
  selectProps?: Omit<ComponentPropsWithoutRef<'select'>, 'name' | 'id'>;
}

export function SelectField({ name, options, selectProps, ...field }: SelectFieldProps) {
  return (
    <RegisteredField name={name} field={field}>
      {(control, registered) => (
        <select className={inputClass} {...control} {...selectProps} {...registered}>
          <SelectOptions options={options} />
        </select>
      )}
    </RegisteredField>
  );
}

export interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
}

/** A checkbox with its label beside it. */
export function CheckboxField({ name, label, hint, className = '' }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const { id, error, describedBy, notes } = useFieldNotes(name, hint, false);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-4"
          aria-invalid={!!error}
          aria-describedby={describedBy}
          {...register(name)}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      {notes}
    </div>
  );
}

/** Every message in an error tree, with the dotted name of the field it belongs to. */
export function flattenErrors(
  errors: FieldErrors,
  prefix = '',
): Array<{ name: string; message: string }> {
  const out: Array<{ name: string; message: string }> = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ name, message });
    // Nested objects and field arrays: skip react-hook-form's own bookkeeping keys.
    for (const [childKey, child] of Object.entries(value)) {
      if (
        childKey === 'ref' ||
        childKey === 'message' ||
        childKey === 'type' ||
        childKey === 'types'
      )
        continue;
      if (child && typeof child === 'object')
        out.push(...flattenErrors({ [childKey]: child } as FieldErrors, name));
    }
  }
  return out;
}

/**
 * After a submit that failed validation: how many problems, each a button that moves focus to
 * its field, announced at once.
 */
export function FormErrorSummary({ labels = {} }: { labels?: Record<string, string> }) {
  const { errors, submitCount } = useFormState();
  const { setFocus } = useFormContext();
  const problems = flattenErrors(errors);
  if (submitCount === 0 || problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950"
    >
      <p className="font-semibold">
        {problems.length === 1 ? 'One problem to fix' : `${problems.length} problems to fix`}
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {problems.map((problem) => (
          <li key={problem.name}>
            <button
              type="button"
              className="text-left underline"
              onClick={() => setFocus(problem.name)}
            >
              {labels[problem.name] ?? fieldLabelFromName(problem.name)}: {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `connection.endpoint.address` → `Connection › endpoint › address` when no label is given. */
function fieldLabelFromName(name: string): string {
  return name
    .split('.')
    .map((part, index) =>
      /^\d+$/.test(part)
        ? `#${Number(part) + 1}`
        : index === 0
          ? part.charAt(0).toUpperCase() + part.slice(1)
          : part,
    )
    .join(' › ');
}
