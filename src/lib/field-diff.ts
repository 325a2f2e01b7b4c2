/**
 * Field-by-field comparison of definitions, as a flat list of labelled display strings: the save
 * preview and the conflict view of the definition screens, and the bundle import's dry run.
 * `choice` names the form path a "keep theirs" decision replaces (a whole list where items cannot
 * be merged one by one); comparisons that offer no choice set it to the key.
 */

export interface DiffField {
  key: string;
  label: string;
  /** What the user reads; secrets appear only as "set", "not set", "new value" or "removed". */
  value: string;
  choice: string;
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The fields by key. */
export function byKey(fields: DiffField[]): Map<string, DiffField> {
  return new Map(fields.map((f) => [f.key, f]));
}

/** Fields whose value differs, in the order of `after` (then fields only `before` had). */
export function changedFields(before: DiffField[], after: DiffField[]): FieldChange[] {
  const old = byKey(before);
  const seen = new Set<string>();
  const changes: FieldChange[] = [];
  for (const field of after) {
    seen.add(field.key);
    const previous = old.get(field.key)?.value ?? '';
    if (previous !== field.value)
      changes.push({ key: field.key, label: field.label, before: previous, after: field.value });
  }
  for (const field of before) {
    if (!seen.has(field.key) && field.value !== '')
      changes.push({ key: field.key, label: field.label, before: field.value, after: '' });
  }
  return changes;
}

/** Display text for a string map: `a = 1; b = 2`, sorted so order never counts as a change. */
export function describeMap(map: Record<string, unknown>): string {
  return Object.keys(map)
    .sort()
    .map((key) => {
      const value = map[key];
      return `${key} = ${typeof value === 'string' ? value : JSON.stringify(value)}`;
    })
    .join('; ');
}
