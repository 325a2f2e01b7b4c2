/**
 * The conflict view's comparison: what Egeria holds now, what the form opened with, and what the
 * form holds. The plain two-way comparison lives in lib/field-diff.
 */
import { byKey, type DiffField } from '../../lib/field-diff';

export { changedFields, describeMap, type DiffField, type FieldChange } from '../../lib/field-diff';

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
