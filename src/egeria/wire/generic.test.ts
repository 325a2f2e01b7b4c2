import { describe, expect, it } from 'vitest';
import { fromElementProperties, toElementProperties, toPropertyValue } from './generic';

describe('generic property values', () => {
  it('types plain values as Egeria primitive, enum, map and array values', () => {
    expect(toPropertyValue('x')).toEqual({
      class: 'PrimitiveTypePropertyValue',
      typeName: 'string',
      primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING',
      primitiveValue: 'x',
    });
    expect(toPropertyValue(true)?.primitiveTypeCategory).toBe('OM_PRIMITIVE_TYPE_BOOLEAN');
    expect(toPropertyValue(2.5)?.typeName).toBe('double');
    expect(toPropertyValue(7, { kind: 'int' })?.typeName).toBe('int');
    expect(toPropertyValue('ARCHIVE', { kind: 'enum', enumType: 'DeleteMethod' })).toEqual({
      class: 'EnumTypePropertyValue',
      typeName: 'DeleteMethod',
      symbolicName: 'ARCHIVE',
    });
    expect(toPropertyValue('2026-01-02T03:04:05.000+00:00', { kind: 'date' })?.primitiveValue).toBe(
      Date.parse('2026-01-02T03:04:05Z'),
    );
    expect(toPropertyValue('not a date', { kind: 'date' })).toBeUndefined();
    expect(toPropertyValue({ a: 'b' })?.typeName).toBe('map<string,string>');
    expect(toPropertyValue({ a: 1 })?.typeName).toBe('map<string,object>');
    expect(toPropertyValue(null)).toBeUndefined();
  });

  it('reads back what it wrote, nested maps and arrays included, leaving undefined out', () => {
    const values = {
      name: 'n',
      depth: 3,
      flags: { recurse: true, pattern: '*.csv' },
      tags: ['a', 'b', 'c'],
      gone: undefined,
    };
    const properties = toElementProperties(values);
    expect(Object.keys(properties.propertyValueMap ?? {})).toEqual([
      'name',
      'depth',
      'flags',
      'tags',
    ]);
    expect(fromElementProperties(properties)).toEqual({
      name: 'n',
      depth: 3,
      flags: { recurse: true, pattern: '*.csv' },
      tags: ['a', 'b', 'c'],
    });
  });

  it('reads dates as ISO strings and enums as their symbolic names', () => {
    expect(
      fromElementProperties(
        toElementProperties(
          { when: '2026-06-01T00:00:00.000+00:00', how: 'SOFT_DELETE' },
          { when: { kind: 'date' }, how: { kind: 'enum', enumType: 'DeleteMethod' } },
        ),
      ),
    ).toEqual({ when: '2026-06-01T00:00:00.000Z', how: 'SOFT_DELETE' });
  });
});
