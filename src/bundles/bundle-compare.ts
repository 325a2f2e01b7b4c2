/**
 * Field-by-field comparison of a bundle entry with what the target platform holds (put in bundle
 * form first), for the dry run. Only what an import can write is compared, so that an import
 * followed by a dry run shows nothing left to do:
 * - a connector type is shared reference data: only its provider class decides which one a
 *   connection uses;
 * - a connection's additionalProperties cannot be written through the console's backend;
 * - metadataCollectionQualifiedName exists only on Egeria 6.x;
 * - Egeria 5.x's register call does not store generateIntegrationReports (it reads back false).
 */
import type { Dialect } from '../egeria/backend';
import { changedFields, describeMap, type DiffField, type FieldChange } from '../lib/field-diff';
import type {
  BundleCatalogTarget,
  BundleConnector,
  BundleGroup,
  BundleRegistration,
} from './bundle-format';

const MAP_KEYS = new Set([
  'configurationProperties',
  'additionalProperties',
  'arguments',
  'templates',
]);
const SECRET_KEYS = new Set(['clearPassword', 'encryptedPassword']);

/** Shows a secret field after the import (bundle side) or as stored (target side). */
export type SecretText = (path: string) => string;

/** Target side: a placeholder in the converted target means the secret is set. */
export const storedSecretText: SecretText = () => 'set';

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

function flatten(value: unknown, path: string, secretText: SecretText, out: DiffField[]): void {
  if (value === undefined) return;
  const add = (key: string, text: string) =>
    out.push({ key, label: key, value: text, choice: key });
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, secretText, out));
    return;
  }
  if (value === null || typeof value !== 'object') {
    add(path, String(value));
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    const here = join(path, key);
    if (inner === undefined) continue;
    if (SECRET_KEYS.has(key)) add(here, secretText(here));
    else if (key === 'securedProperties')
      for (const name of Object.keys(inner as object).sort())
        add(join(here, name), secretText(join(here, name)));
    else if (key === 'connectorType')
      add(
        join(here, 'connectorProviderClassName'),
        (inner as { connectorProviderClassName?: string }).connectorProviderClassName ?? '',
      );
    else if (key === 'additionalProperties' && /connection$/.test(path)) continue;
    else if (MAP_KEYS.has(key)) add(here, describeMap(inner as Record<string, unknown>));
    else flatten(inner, here, secretText, out);
  }
}

function fields(value: object, secretText: SecretText = storedSecretText): DiffField[] {
  const out: DiffField[] = [];
  flatten(value, '', secretText, out);
  return out;
}

/** A copy of `value` without the named keys. */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !dropped.has(key))) as Omit<
    T,
    K
  >;
}

export function groupChanges(stored: BundleGroup, wanted: BundleGroup): FieldChange[] {
  return changedFields(
    fields(without(stored, 'registrations')),
    fields(without(wanted, 'registrations')),
  );
}

export function connectorChanges(
  stored: BundleConnector,
  wanted: BundleConnector,
  wantedSecrets: SecretText,
): FieldChange[] {
  return changedFields(
    fields(without(stored, 'catalogTargets')),
    fields(without(wanted, 'catalogTargets'), wantedSecrets),
  );
}

/** The fields a dialect stores for a registration or a catalog target. */
function storable<T extends { metadataCollectionQualifiedName?: string }>(
  value: T,
  dialect: Dialect,
) {
  return dialect === 'v5' ? without(value, 'metadataCollectionQualifiedName') : value;
}

/**
 * Left out of a bundle, these take the platform's default (5.3 stores BOTH_DIRECTIONS for a
 * registration without one), so only a value the bundle gives is compared.
 */
const DEFAULTED = ['permittedSynchronization', 'deleteMethod'] as const;

function withoutDefaulted<T extends object>(stored: T, wanted: T): T {
  const leftOut = new Set<string>(
    DEFAULTED.filter((key) => (wanted as Record<string, unknown>)[key] === undefined),
  );
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !leftOut.has(key))) as T;
}

export function registrationChanges(
  stored: BundleRegistration,
  wanted: BundleRegistration,
  dialect: Dialect,
): FieldChange[] {
  const kept = (value: BundleRegistration) =>
    dialect === 'v5'
      ? without(value, 'connector', 'generateIntegrationReports')
      : without(value, 'connector');
  return changedFields(
    fields(storable(kept(withoutDefaulted(stored, wanted)), dialect)),
    fields(storable(kept(wanted), dialect)),
  );
}

export function catalogTargetChanges(
  stored: BundleCatalogTarget,
  wanted: BundleCatalogTarget,
  dialect: Dialect,
): FieldChange[] {
  return changedFields(
    fields(storable(without(withoutDefaulted(stored, wanted), 'element'), dialect)),
    fields(storable(without(wanted, 'element'), dialect)),
  );
}

/** Every field of a new element, as the dry run lists a create. */
export function creationFields(value: object, secretText: SecretText = storedSecretText) {
  return changedFields([], fields(value, secretText));
}
