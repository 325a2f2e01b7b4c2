import { describe, expect, it } from 'vitest';
import { REDACTED } from './secrets';
import { withholdStoredSecrets } from './stored-secrets';
import { toElementProperties } from './wire/generic';

describe('what the stored-element view may show', () => {
  it('withholds credential-like values in generic property values (6.x), keeping their shape', () => {
    const element = {
      elementHeader: { guid: 'g' },
      properties: toElementProperties({
        qualifiedName: 'Coco:Connection',
        clearPassword: 'hunter2',
        configurationProperties: { bearerToken: 'tok-1', apiKEY: 'k-2', path: '/data' },
      }),
    };
    const safe = withholdStoredSecrets(element);
    const text = JSON.stringify(safe);
    for (const secret of ['hunter2', 'tok-1', 'k-2']) expect(text).not.toContain(secret);
    expect(text).toContain('/data');
    expect(text).toContain('Coco:Connection');
    // The value's type stays readable: only the value itself is withheld.
    expect(text).toContain('PrimitiveTypePropertyValue');
    expect(text.split(REDACTED)).toHaveLength(4);
  });

  it('keeps empty values empty, so "not set" stays visible', () => {
    expect(withholdStoredSecrets({ token: '', password: null, userId: 'svc' })).toEqual({
      token: '',
      password: null,
      userId: 'svc',
    });
  });
});
