/** How Egeria's Java turns a stored value into text (search and string-valued property maps). */
import { isRecord } from '../util/compact';

/** Java's valueAsString: maps as `{k=v, …}`, arrays as `[a, b]`. */
export function valueAsString(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueAsString).join(', ')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${valueAsString(v)}`)
      .join(', ')}}`;
  return String(value);
}
