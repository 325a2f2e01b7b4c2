import { describe, expect, it } from 'vitest';
import type { CatalogTarget } from '../../egeria/model';
import { TargetFormSchema, targetFormDefaults, toTargetInput } from './target-form';

/** What the form sends for the stored target below: everything but its relationship GUID. */
const input = {
  catalogTargetName: 'postgreSQLServer',
  connectionName: 'jdbcConnection',
  configurationProperties: { databaseNames: ['hr'] },
  templates: { 'PostgreSQL Database': 'Template:PostgreSQL' },
  permittedSynchronization: 'FROM_THIRD_PARTY',
  deleteMethod: 'ARCHIVE',
} as const;
const stored: CatalogTarget = { relationshipGuid: 'rel-1', ...input };

describe('catalog-target form', () => {
  it('opens on the stored values and saves them back unchanged', () => {
    const values = targetFormDefaults(stored);
    expect(values.configurationProperties).toContain('"databaseNames"');
    expect(TargetFormSchema.safeParse(values).success).toBe(true);
    expect(toTargetInput(values, stored)).toEqual(input);
  });

  it('sends only what a new target fills in', () => {
    const values = {
      ...targetFormDefaults(undefined, 'manufacturingDb'),
      deleteMethod: '' as const,
    };
    expect(toTargetInput(values)).toEqual({ catalogTargetName: 'manufacturingDb' });
  });

  it('requires a name and JSON objects, with string templates', () => {
    const result = TargetFormSchema.safeParse({
      ...targetFormDefaults(undefined),
      catalogTargetName: '  ',
      configurationProperties: '[1, 2]',
      templates: '{"a": 1}',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      catalogTargetName: 'Give the catalog target a name.',
      configurationProperties: 'Enter a JSON object, like {"name": "value"}.',
      templates: 'Each template maps a name to a qualifiedName (a string).',
    });
  });
});
