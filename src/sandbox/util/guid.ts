/**
 * GUIDs in Egeria's format: a random UUIDv4 string, which Egeria prefixes with the type name for
 * instances its repository creates (`IntegrationGroup-81de6e44-…`, captured 5.3 03a and 6.1 10a);
 * content packs keep their plain archive GUIDs. Seeds use stable GUIDs derived from a key, so an
 * estate keeps its identifiers from one run to the next.
 */
import { createHash, randomUUID } from 'node:crypto';

export function newGuid(typeName?: string): string {
  return typeName ? `${typeName}-${randomUUID()}` : randomUUID();
}

/** A version-4-shaped GUID derived from `key`: the same key always gives the same GUID. */
export function stableGuid(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
