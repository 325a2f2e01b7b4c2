/**
 * What the read-only "as Egeria holds it" view may show. On top of the connection secrets every
 * read withholds (secrets.ts), any value under a key that names a credential (a password, token,
 * API key, bearer or secret in configuration or additional properties) is withheld as well: the
 * view is for reading, so withholding too much costs nothing, while one leaked value costs a lot.
 */
import { REDACTED, redactSecrets } from './secrets';

const CREDENTIAL_KEY =
  /pass(word|phrase)?$|password|secret|token|credential|api[-_]?key|bearer|authori[sz]ation|private[-_]?key/i;

/** True when a property named `key` holds a credential, whatever Egeria's model calls it. */
export const isCredentialKey = (key: string): boolean => CREDENTIAL_KEY.test(key);

/** The parts of a generic property value that describe its type, never a value. */
export const STRUCTURAL_KEY = /^(class|typeName|typeGUID)$|Category$/;

/** A deep copy of an element as Egeria returned it, with every secret value replaced by REDACTED. */
export function withholdStoredSecrets<T>(value: T): T {
  return withhold(redactSecrets(value), false) as T;
}

function withhold(value: unknown, underCredential: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => withhold(item, underCredential));
  if (value === null || value === undefined) return value;
  if (typeof value !== 'object')
    return underCredential && value !== '' && value !== REDACTED ? REDACTED : value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // A generic property value keeps its shape (`class`, `typeName`…); only its value is withheld.
    const structural = STRUCTURAL_KEY.test(key);
    out[key] = structural ? inner : withhold(inner, underCredential || isCredentialKey(key));
  }
  return out;
}
