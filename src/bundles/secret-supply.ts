/**
 * Secret values for an import. A bundle holds only placeholders; the person importing (or the
 * pipeline's environment) supplies the values. A secret the target platform already holds is kept
 * unless told otherwise, so importing the same bundle again changes nothing: the console can never
 * read a secret back to compare it.
 */
import type { SecretPlaceholder } from './bundle-format';

export interface SecretSupply {
  /** Values by placeholder name. Never logged, never shown. */
  values: Readonly<Record<string, string>>;
  /** Replace secrets the platform already holds with the values given. */
  replaceExisting?: boolean;
}

export const NO_SECRETS: SecretSupply = { values: {} };

/** What the import does with one secret field of a connection. */
export interface SecretDecision {
  /** The value to send: a new value, '' to remove the stored one, undefined to keep what is stored. */
  write: string | undefined;
  /** What the dry run shows after the import. */
  display: string;
  /** The placeholder whose value is needed and was not given. */
  missing?: string;
  /** The placeholder whose value is sent. */
  used?: string;
}

export const SECRET_SET = 'set';

/** Decides a single secret field (clearPassword, encryptedPassword) of a connection. */
export function decideSecret(
  placeholder: SecretPlaceholder | undefined,
  storedIsSet: boolean,
  supply: SecretSupply,
): SecretDecision {
  if (!placeholder)
    return storedIsSet ? { write: '', display: '' } : { write: undefined, display: '' };
  const value = supply.values[placeholder.secret];
  if (value !== undefined && value !== '' && (!storedIsSet || supply.replaceExisting))
    return {
      write: value,
      display: `new value from ${placeholder.secret}`,
      used: placeholder.secret,
    };
  if (storedIsSet) return { write: undefined, display: SECRET_SET };
  return {
    write: undefined,
    display: `needs ${placeholder.secret}`,
    missing: placeholder.secret,
  };
}

export interface SecuredDecision {
  /** The whole map to send, or undefined to keep what is stored. */
  write: Record<string, string> | undefined;
  /** Display per property name, after the import. */
  display: Record<string, string>;
  missing: string[];
  used: string[];
}

/**
 * Secured properties are stored as one map and replaced as one: they are kept only when the
 * bundle names exactly the properties the platform holds; otherwise every value is needed.
 */
export function decideSecured(
  placeholders: Record<string, SecretPlaceholder> | undefined,
  storedNames: readonly string[],
  supply: SecretSupply,
): SecuredDecision {
  const wanted = Object.keys(placeholders ?? {}).sort();
  const stored = [...storedNames].sort();
  if (wanted.length === 0)
    return { write: stored.length > 0 ? {} : undefined, display: {}, missing: [], used: [] };
  const sameNames = wanted.length === stored.length && wanted.every((k, i) => k === stored[i]);
  const given = (key: string) => {
    const value = supply.values[placeholders?.[key]?.secret ?? ''];
    return value === undefined || value === '' ? undefined : value;
  };
  const anyGiven = wanted.some((key) => given(key) !== undefined);
  if (sameNames && !(supply.replaceExisting && anyGiven))
    return {
      write: undefined,
      display: Object.fromEntries(wanted.map((key) => [key, SECRET_SET])),
      missing: [],
      used: [],
    };
  const write: Record<string, string> = {};
  const display: Record<string, string> = {};
  const missing: string[] = [];
  const used: string[] = [];
  for (const key of wanted) {
    const name = placeholders?.[key]?.secret ?? key;
    const value = given(key);
    if (value === undefined) {
      missing.push(name);
      display[key] = `needs ${name}`;
    } else {
      write[key] = value;
      used.push(name);
      display[key] = `new value from ${name}`;
    }
  }
  return { write: missing.length > 0 ? undefined : write, display, missing, used };
}
