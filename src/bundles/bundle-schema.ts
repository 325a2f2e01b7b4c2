/**
 * The bundle format as a JSON Schema (draft 2020-12), generated from the zod schema, so the two
 * cannot disagree. docs/bundle.schema.json is this, committed; a test keeps it current.
 */
import { z } from 'zod';
import { BundleSchema } from './bundle-format';

export const BUNDLE_SCHEMA_ID = 'urn:egeria-integration-console:bundle:1';

export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BundleSchema, { io: 'input' });
  const { $schema, ...rest } = schema;
  return { $schema, $id: BUNDLE_SCHEMA_ID, ...rest };
}
