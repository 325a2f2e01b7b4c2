/**
 * The live-configuration forms' model: configuration properties as typed rows (Egeria stores
 * any JSON value), and the endpoint address. Zod is the single source of the form types.
 */
import { z } from 'zod';

export const PROPERTY_TYPES = ['string', 'number', 'boolean', 'json'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

const PropertyRowSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the property name'),
    type: z.enum(PROPERTY_TYPES),
    value: z.string(),
  })
  .superRefine((row, ctx) => {
    if (row.type === 'number' && (row.value.trim() === '' || !Number.isFinite(Number(row.value))))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter a number, e.g. 60 or 0.5' });
    if (row.type === 'boolean' && row.value !== 'true' && row.value !== 'false')
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Choose true or false' });
    if (row.type === 'json') {
      try {
        JSON.parse(row.value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  });
export type PropertyRow = z.infer<typeof PropertyRowSchema>;

export const ConfigFormSchema = z.object({
  mode: z.enum(['merge', 'replace']),
  properties: z.array(PropertyRowSchema).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const name = row.name.trim();
      if (!name) return;
      if (seen.has(name))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `“${name}” is already listed above`,
        });
      else seen.set(name, index);
    });
  }),
});
export type ConfigFormValues = z.infer<typeof ConfigFormSchema>;

export const EndpointFormSchema = z.object({
  address: z
    .string()
    .trim()
    .min(1, 'Enter the network address the connector should use')
    .max(2048, 'At most 2,048 characters'),
});
export type EndpointFormValues = z.infer<typeof EndpointFormSchema>;

/** One row per property, typed by its value. */
export function rowsOf(properties: Record<string, unknown>): PropertyRow[] {
  return Object.entries(properties)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => {
      if (typeof value === 'string') return { name, type: 'string', value };
      if (typeof value === 'number') return { name, type: 'number', value: String(value) };
      if (typeof value === 'boolean') return { name, type: 'boolean', value: String(value) };
      return { name, type: 'json', value: JSON.stringify(value ?? null, null, 2) };
    });
}

/** The properties a valid form stands for. */
export function propertiesOf(rows: readonly PropertyRow[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of rows) {
    const name = row.name.trim();
    switch (row.type) {
      case 'string':
        out[name] = row.value;
        break;
      case 'number':
        out[name] = Number(row.value);
        break;
      case 'boolean':
        out[name] = row.value === 'true';
        break;
      case 'json':
        out[name] = JSON.parse(row.value) as unknown;
        break;
    }
  }
  return out;
}

/** Properties of `current` that an update with `next` would remove (replace) or leave (merge). */
export function removedNames(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): string[] {
  return Object.keys(current)
    .filter((name) => !(name in next))
    .sort();
}
