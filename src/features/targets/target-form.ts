/**
 * The catalog-target dialog's fields: the CatalogTarget relationship's properties, with the two
 * maps typed as JSON objects (configurationProperties may hold any JSON value; templates map a
 * template's name to the qualifiedName of a template element, so string values only).
 */
import { z } from 'zod';
import type { CatalogTarget, CatalogTargetInput } from '../../egeria/model';

export const PERMITTED_SYNCHRONIZATIONS = [
  'BOTH_DIRECTIONS',
  'TO_THIRD_PARTY',
  'FROM_THIRD_PARTY',
  'OTHER',
] as const;
export const DELETE_METHODS = ['ARCHIVE', 'SOFT_DELETE', 'OTHER'] as const;

function jsonObject(text: string): Record<string, unknown> | string {
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    return 'Enter a JSON object, like {"name": "value"}.';
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
}

export const TargetFormSchema = z
  .object({
    catalogTargetName: z.string().trim().min(1, 'Give the catalog target a name.'),
    metadataSourceQualifiedName: z.string().trim(),
    configurationProperties: z.string(),
    templates: z.string(),
    permittedSynchronization: z.enum(['', ...PERMITTED_SYNCHRONIZATIONS]),
    deleteMethod: z.enum(['', ...DELETE_METHODS]),
  })
  .superRefine((values, ctx) => {
    const config = jsonObject(values.configurationProperties);
    if (typeof config === 'string')
      ctx.addIssue({ code: 'custom', path: ['configurationProperties'], message: config });
    const templates = jsonObject(values.templates);
    if (typeof templates === 'string')
      ctx.addIssue({ code: 'custom', path: ['templates'], message: templates });
    else if (Object.values(templates).some((v) => typeof v !== 'string'))
      ctx.addIssue({
        code: 'custom',
        path: ['templates'],
        message: 'Each template maps a name to a qualifiedName (a string).',
      });
  });
export type TargetFormValues = z.infer<typeof TargetFormSchema>;

const pretty = (map: Record<string, unknown>) =>
  Object.keys(map).length > 0 ? JSON.stringify(map, null, 2) : '';

/** The form as it opens: an existing target's values, or a new one's (named after the element). */
export function targetFormDefaults(
  target: CatalogTarget | undefined,
  suggestedName = '',
): TargetFormValues {
  const sync = target?.permittedSynchronization ?? '';
  const del = target?.deleteMethod ?? '';
  return {
    catalogTargetName: target?.catalogTargetName ?? suggestedName,
    metadataSourceQualifiedName: target?.metadataSourceQualifiedName ?? '',
    configurationProperties: pretty(target?.configurationProperties ?? {}),
    templates: pretty(target?.templates ?? {}),
    permittedSynchronization: (PERMITTED_SYNCHRONIZATIONS as readonly string[]).includes(sync)
      ? (sync as TargetFormValues['permittedSynchronization'])
      : '',
    deleteMethod: (DELETE_METHODS as readonly string[]).includes(del)
      ? (del as TargetFormValues['deleteMethod'])
      : '',
  };
}

/**
 * The values as the backend's input. Empty fields are left out; an update replaces every property
 * (5.3's update has no merge), so what the form leaves out is cleared, as the form shows it.
 * `connectionName` is not a field of the form and is kept from the stored target.
 */
export function toTargetInput(
  values: TargetFormValues,
  stored?: CatalogTarget,
): CatalogTargetInput {
  const config = jsonObject(values.configurationProperties);
  const templates = jsonObject(values.templates);
  return {
    catalogTargetName: values.catalogTargetName.trim(),
    ...(values.metadataSourceQualifiedName.trim()
      ? { metadataSourceQualifiedName: values.metadataSourceQualifiedName.trim() }
      : {}),
    ...(stored?.connectionName ? { connectionName: stored.connectionName } : {}),
    ...(typeof config === 'object' && Object.keys(config).length > 0
      ? { configurationProperties: config }
      : {}),
    ...(typeof templates === 'object' && Object.keys(templates).length > 0
      ? { templates: templates as Record<string, string> }
      : {}),
    ...(values.permittedSynchronization
      ? { permittedSynchronization: values.permittedSynchronization }
      : {}),
    ...(values.deleteMethod ? { deleteMethod: values.deleteMethod } : {}),
    ...(stored?.metadataCollectionQualifiedName
      ? { metadataCollectionQualifiedName: stored.metadataCollectionQualifiedName }
      : {}),
  };
}
