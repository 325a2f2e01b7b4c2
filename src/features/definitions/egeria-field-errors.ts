import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { EgeriaError } from '../../egeria/errors';

/**
 * The form field an Egeria error is about, when Egeria says: the FFDC `parameterName`, else what
 * the message id implies. `fields` maps Egeria's parameter names to form paths.
 */
export function fieldOfEgeriaError(
  error: unknown,
  fields: Record<string, string>,
  byMessageId: Record<string, string> = {},
): string | undefined {
  if (!(error instanceof EgeriaError)) return undefined;
  const parameter = error.parameterName;
  if (parameter && fields[parameter]) return fields[parameter];
  return error.messageId ? byMessageId[error.messageId] : undefined;
}

/** One line for a field: Egeria's message id and text, then what to do about it. */
export function egeriaFieldMessage(error: EgeriaError): string {
  const head = error.messageId ? `${error.messageId} ${error.text}` : error.text;
  return error.userAction ? `${head} ${error.userAction}` : head;
}

/** Puts an Egeria error on the field it concerns; true when there was such a field. */
export function showEgeriaErrorOnField<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: Record<string, string>,
  byMessageId: Record<string, string> = {},
): boolean {
  const field = fieldOfEgeriaError(error, fields, byMessageId);
  if (!field || !(error instanceof EgeriaError)) return false;
  setError(
    field as Path<T>,
    { type: 'egeria', message: egeriaFieldMessage(error) },
    { shouldFocus: true },
  );
  return true;
}
