import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictRows,
  defaultChoices,
  describeMap,
  type DiffField,
} from './field-diff';

const f = (key: string, value: string, choice = key): DiffField => ({
  key,
  label: key.toUpperCase(),
  value,
  choice,
});

describe('field diff', () => {
  it('lists only the fields that change, including ones that disappear', () => {
    expect(
      changedFields(
        [f('a', '1'), f('b', '2'), f('gone', 'x')],
        [f('a', '1'), f('b', '3'), f('new', 'y')],
      ),
    ).toEqual([
      { key: 'b', label: 'B', before: '2', after: '3' },
      { key: 'new', label: 'NEW', before: '', after: 'y' },
      { key: 'gone', label: 'GONE', before: 'x', after: '' },
    ]);
  });

  it('finds what each side changed since the form was opened', () => {
    const rows = conflictRows(
      [f('a', 'o'), f('b', 'o'), f('c', 'o'), f('d', 'o')],
      [f('a', 'theirs'), f('b', 'o'), f('c', 'theirs'), f('d', 'o')],
      [f('a', 'o'), f('b', 'mine'), f('c', 'mine'), f('d', 'o')],
    );
    expect(rows.map((r) => [r.key, r.theyChanged, r.iChanged])).toEqual([
      ['a', true, false],
      ['b', false, true],
      ['c', true, true],
    ]);
    expect(defaultChoices(rows)).toEqual(
      new Map([
        ['a', 'theirs'],
        ['b', 'mine'],
        ['c', 'mine'],
      ]),
    );
  });

  it('keeps a whole list when the user changed any item of it', () => {
    const rows = conflictRows(
      [f('l.0', 'o', 'l'), f('l.1', 'o', 'l')],
      [f('l.0', 'theirs', 'l'), f('l.1', 'o', 'l')],
      [f('l.0', 'o', 'l'), f('l.1', 'mine', 'l')],
    );
    expect(defaultChoices(rows)).toEqual(new Map([['l', 'mine']]));
  });

  it('describes maps in a stable order with typed values', () => {
    expect(describeMap({ b: 2, a: 'x', c: { d: true } })).toBe('a = x; b = 2; c = {"d":true}');
  });
});
