/** The group form: its values, the zod schema with Egeria's rules, and conversions. */
import { z } from 'zod';
import type { GroupInput, IntegrationGroup } from '../../egeria/model';
import {
  checkKeyRows,
  checkName,
  checkRequiredName,
  checkStrings,
  checkText,
  issue,
} from './egeria-rules';
import { describeMap, type DiffField } from './field-diff';

export const keyValueRowShape = z.object({ key: z.string(), value: z.string() });
export type KeyValueRow = z.infer<typeof keyValueRowShape>;

/** The shape of the values alone (also what a stored draft must match). */
export const groupFormShape = z.object({
  qualifiedName: z.string(),
  displayName: z.string(),
  description: z.string(),
  version: z.string(),
  patchLevel: z.string(),
  source: z.string(),
  additionalProperties: z.array(keyValueRowShape),
});
export type GroupFormValues = z.infer<typeof groupFormShape>;

/** What a group's or connector's schema knows of the names in use. */
export interface QualifiedNameContext {
  /** qualifiedNames in use by other elements the console knows of. */
  takenNames: ReadonlySet<string>;
  /** The element's own stored name when editing (keeping it is not a clash). */
  ownName?: string;
}

/** Groups and connectors share one namespace: a required qualified name no other element has. */
export function checkQualifiedName(
  ctx: z.RefinementCtx,
  qualifiedName: string,
  { takenNames, ownName }: QualifiedNameContext,
): void {
  if (!checkRequiredName(ctx, ['qualifiedName'], qualifiedName, 'qualified name')) return;
  if (qualifiedName !== ownName && takenNames.has(qualifiedName))
    issue(
      ctx,
      ['qualifiedName'],
      'Another element already has this qualified name. Qualified names are unique in Egeria.',
    );
}

export function groupFormSchema(names: QualifiedNameContext) {
  return groupFormShape.superRefine((values, ctx) => {
    checkQualifiedName(ctx, values.qualifiedName, names);
    checkName(ctx, ['displayName'], values.displayName);
    checkText(ctx, ['description'], values.description);
    for (const key of ['version', 'patchLevel', 'source'] as const)
      checkName(ctx, [key], values[key]);
    checkStrings(ctx, [], values);
    checkKeyRows(ctx, ['additionalProperties'], values.additionalProperties);
  });
}

export function rowsFromMap(map: Record<string, string>): KeyValueRow[] {
  return Object.entries(map).map(([key, value]) => ({ key, value }));
}

export function mapFromRows(rows: KeyValueRow[]): Record<string, string> {
  return Object.fromEntries(
    rows.filter((r) => r.key.trim() !== '' || r.value !== '').map((r) => [r.key, r.value]),
  );
}

export function toGroupFormValues(group?: IntegrationGroup): GroupFormValues {
  return {
    qualifiedName: group?.qualifiedName ?? '',
    displayName: group?.displayName ?? '',
    description: group?.description ?? '',
    version: group?.version ?? '',
    patchLevel: group?.patchLevel ?? '',
    source: group?.source ?? '',
    additionalProperties: rowsFromMap(group?.additionalProperties ?? {}),
  };
}

const orUndefined = (value: string) => (value === '' ? undefined : value);

/**
 * The group as Egeria should store it. Updates replace every property (isMergeUpdate=false), so a
 * cleared field is cleared in Egeria too; the 5.3 read returns all seven properties, so a replace
 * loses nothing the form did not show.
 */
export function toGroupInput(values: GroupFormValues): GroupInput {
  const additional = mapFromRows(values.additionalProperties);
  return {
    qualifiedName: values.qualifiedName,
    displayName: orUndefined(values.displayName),
    description: orUndefined(values.description),
    version: orUndefined(values.version),
    patchLevel: orUndefined(values.patchLevel),
    source: orUndefined(values.source),
    additionalProperties: Object.keys(additional).length > 0 ? additional : undefined,
  };
}

export const GROUP_FIELD_LABELS: Record<string, string> = {
  qualifiedName: 'Qualified name',
  displayName: 'Display name',
  description: 'Description',
  version: 'Version',
  patchLevel: 'Patch level',
  source: 'Source',
  additionalProperties: 'Additional properties',
};

export function groupDiffFields(values: GroupFormValues): DiffField[] {
  const plain = (
    ['qualifiedName', 'displayName', 'description', 'version', 'patchLevel', 'source'] as const
  ).map((key) => ({ key, label: GROUP_FIELD_LABELS[key] ?? key, value: values[key], choice: key }));
  return [
    ...plain,
    {
      key: 'additionalProperties',
      label: 'Additional properties',
      value: describeMap(mapFromRows(values.additionalProperties)),
      choice: 'additionalProperties',
    },
  ];
}
