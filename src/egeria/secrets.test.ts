import { describe, expect, it } from 'vitest';
import { toElementProperties } from './wire/generic';
import { REDACTED, redactSecrets } from './secrets';

describe('withholding secrets', () => {
  it('withholds connection secrets in typed beans (5.3 and 6.x)', () => {
    const bean = {
      class: 'ConnectionProperties',
      userId: 'svc',
      clearPassword: 'hunter2',
      encryptedPassword: '',
      securedProperties: { apiKey: 'k-123' },
    };
    expect(redactSecrets(bean)).toEqual({
      class: 'ConnectionProperties',
      userId: 'svc',
      clearPassword: REDACTED,
      encryptedPassword: '',
      securedProperties: { apiKey: REDACTED },
    });
  });

  it('withholds secrets that arrive as generic property values (searches, generic relationships)', () => {
    const element = {
      elementGUID: 'g',
      elementProperties: toElementProperties({
        qualifiedName: 'Coco:Connection',
        clearPassword: 'hunter2',
        securedProperties: { apiKey: 'k-123', token: 't-456' },
      }),
    };
    const text = JSON.stringify(redactSecrets(element));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('k-123');
    expect(text).not.toContain('t-456');
    expect(text).toContain('Coco:Connection');
    // The key names stay: the console can still say which secrets are set.
    expect(text).toContain('apiKey');
  });
});
