/**
 * Field-by-field comparison of definitions for the save preview and the conflict view. Each form
 * describes its values as a flat list of labelled display strings; `choice` names the form path a
 * "keep theirs" decision replaces (a whole list where items cannot be merged one by one).
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

function byKey(fields: DiffField[]): Map<string, DiffField> {
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

export interface ConflictRow {
  key: string;
  label: string;
  /** When the form was opened. */
  opened: string;
  /** In Egeria now. */
  theirs: string;
  /** In the form now. */
  mine: string;
  choice: string;
  theyChanged: boolean;
  iChanged: boolean;
}

/** Every field someone changed: in Egeria since the form opened, or in the form. */
export function conflictRows(
  opened: DiffField[],
  theirs: DiffField[],
  mine: DiffField[],
): ConflictRow[] {
  const o = byKey(opened);
  const t = byKey(theirs);
  const m = byKey(mine);
  const keys = [...new Set([...mine.map((f) => f.key), ...theirs.map((f) => f.key), ...o.keys()])];
  const rows: ConflictRow[] = [];
  for (const key of keys) {
    const any = m.get(key) ?? t.get(key) ?? o.get(key);
    if (!any) continue;
    const row = {
      key,
      label: any.label,
      choice: any.choice,
      opened: o.get(key)?.value ?? '',
      theirs: t.get(key)?.value ?? '',
      mine: m.get(key)?.value ?? '',
    };
    const theyChanged = row.theirs !== row.opened;
    const iChanged = row.mine !== row.opened;
    if (theyChanged || iChanged) rows.push({ ...row, theyChanged, iChanged });
  }
  return rows;
}

export type Choice = 'mine' | 'theirs';

/**
 * The starting choice for each form path: theirs where only Egeria changed, mine wherever the user
 * changed something (they decide where both did).
 */
export function defaultChoices(rows: ConflictRow[]): Map<string, Choice> {
  const choices = new Map<string, Choice>();
  for (const row of rows) {
    const current = choices.get(row.choice);
    if (row.iChanged) choices.set(row.choice, 'mine');
    else if (current === undefined) choices.set(row.choice, 'theirs');
  }
  return choices;
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
