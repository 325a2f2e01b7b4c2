/** Schema fields for Egeria's beans. */
import { z } from 'zod';

/**
 * Optional string fields, one per key: the commonest field of Egeria's beans, where a key left out
 * means null (Jackson's NON_NULL).
 */
export function optionalStrings<const K extends string>(...keys: K[]) {
  return Object.fromEntries(keys.map((key) => [key, z.string().optional()])) as {
    [P in K]: z.ZodOptional<z.ZodString>;
  };
}
