import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Bundle } from './bundle-format';
import { parseBundle, serializeBundle } from './bundle-io';
import { bundleJsonSchema } from './bundle-schema';

/** A small bundle touching every part of the format. */
function sampleBundle(): Bundle {
  return {
    formatVersion: 1,
    source: { dialect: 'v5', platform: 'test', exportedAt: '2026-01-02T03:04:05.000Z' },
    groups: [
      {
        qualifiedName: 'G:2',
        registrations: [],
      },
      {
        qualifiedName: 'G:1',
        displayName: 'Group one',
        additionalProperties: { z: '1', a: '2' },
        registrations: [
          {
            connector: 'C:b',
            connectorName: 'Bee',
            refreshTimeInterval: 60,
            generateIntegrationReports: true,
            stopDate: '2027-01-01T00:00:00.000Z',
          },
          {
            connector: 'C:a',
            connectorName: 'Ay',
            refreshTimeInterval: 0,
            permittedSynchronization: 'FROM_THIRD_PARTY',
            generateIntegrationReports: false,
          },
        ],
      },
    ],
    connectors: [
      {
        qualifiedName: 'C:b',
        usesBlockingCalls: false,
        connection: {
          kind: 'VirtualConnection',
          qualifiedName: 'C:b:Connection',
          clearPassword: { secret: 'C:b:Connection.clearPassword' },
          securedProperties: { token: { secret: 'C:b:Connection.securedProperties.token' } },
          configurationProperties: { nested: { y: 1, x: [2, 1] }, alpha: true },
          connectorType: { connectorProviderClassName: 'org.example.Provider' },
          endpoint: { qualifiedName: 'E:1', address: 'https://example.com' },
          embeddedConnections: [
            {
              position: 1,
              connection: { kind: 'Connection', qualifiedName: 'C:b:Embedded:1' },
            },
            {
              position: 0,
              displayName: 'Secrets store',
              arguments: { b: 1, a: 2 },
              connection: { kind: 'Connection', qualifiedName: 'C:b:Embedded:0' },
            },
          ],
        },
        catalogTargets: [
          {
            element: { qualifiedName: 'Folder:z', typeName: 'FileFolder' },
            catalogTargetName: 'directoryToMonitor',
          },
          {
            element: { qualifiedName: 'Folder:a', typeName: 'FileFolder' },
            catalogTargetName: 'directoryToMonitor',
            templates: { 'File template': 'Template:File' },
          },
        ],
      },
      { qualifiedName: 'C:a', usesBlockingCalls: true },
    ],
    secrets: [
      { name: 'C:b:Connection.securedProperties.token', from: 'env:TOKEN' },
      { name: 'C:b:Connection.clearPassword', description: 'Clear password' },
    ],
  };
}

describe('bundle files', () => {
  it('write lists, maps and keys in one order, so equal definitions give equal text', () => {
    const bundle = sampleBundle();
    const text = serializeBundle(bundle);
    const shuffled = JSON.parse(text) as Bundle;
    shuffled.groups.reverse();
    shuffled.connectors.reverse();
    shuffled.secrets.reverse();
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as Bundle;
    expect(serializeBundle(reordered)).toBe(text);

    const written = JSON.parse(text) as Bundle;
    expect(Object.keys(written)).toEqual([
      'formatVersion',
      'source',
      'groups',
      'connectors',
      'secrets',
    ]);
    expect(written.groups.map((g) => g.qualifiedName)).toEqual(['G:1', 'G:2']);
    expect(written.groups[0]?.registrations.map((r) => r.connectorName)).toEqual(['Ay', 'Bee']);
    expect(Object.keys(written.groups[0]?.additionalProperties ?? {})).toEqual(['a', 'z']);
    const connection = written.connectors[1]?.connection;
    expect(connection?.embeddedConnections?.map((e) => e.position)).toEqual([0, 1]);
    expect(Object.keys(connection?.configurationProperties ?? {})).toEqual(['alpha', 'nested']);
    expect(Object.keys(connection?.configurationProperties?.['nested'] as object)).toEqual([
      'x',
      'y',
    ]);
    expect(written.connectors[1]?.catalogTargets?.map((t) => t.element.qualifiedName)).toEqual([
      'Folder:a',
      'Folder:z',
    ]);
    // Pretty JSON, so a changed field is a one-line diff.
    expect(text).toContain('\n  "groups": [\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('read back what they wrote', () => {
    const text = serializeBundle(sampleBundle());
    const parsed = parseBundle(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializeBundle(parsed.bundle)).toBe(text);
  });

  it('name the place of a mistake in a hand-edited file', () => {
    const bundle = JSON.parse(serializeBundle(sampleBundle())) as Record<string, any>;
    bundle['connectors'][1]['connection']['embeddedConnections'][0]['connection']['guid'] = 'x';
    bundle['groups'][0]['registrations'][0]['refreshTimeInterval'] = 'often';
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContainEqual(
        expect.stringContaining('connectors[1].connection.embeddedConnections[0].connection'),
      );
      expect(parsed.problems.join('\n')).toMatch(/guid/);
      expect(parsed.problems).toContainEqual(
        expect.stringContaining('groups[0].registrations[0].refreshTimeInterval'),
      );
    }
  });

  it('refuse what is not a bundle, or a newer format', () => {
    expect(parseBundle('{ not json')).toMatchObject({ ok: false });
    expect(parseBundle('[]')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('one JSON object')],
    });
    const newer = { ...JSON.parse(serializeBundle(sampleBundle())), formatVersion: 2 };
    expect(parseBundle(JSON.stringify(newer))).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('formatVersion 2')],
    });
  });

  it('refuse names used twice and placeholders no secret declares', () => {
    const bundle = sampleBundle();
    bundle.connectors.push({ qualifiedName: 'C:a', usesBlockingCalls: false });
    bundle.groups[1]?.registrations.push({
      connector: 'C:c',
      connectorName: 'Ay',
      refreshTimeInterval: 1,
      generateIntegrationReports: false,
    });
    bundle.secrets = bundle.secrets.filter((s) => !s.name.endsWith('clearPassword'));
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual([
        'connectors: the connector “C:a” appears more than once.',
        expect.stringContaining('the connector name “Ay” is used by more than one registration'),
        'connectors “C:b”: the secret placeholder “C:b:Connection.clearPassword” is not declared in secrets.',
      ]);
  });
});

describe('the JSON Schema', () => {
  const committed = JSON.parse(readFileSync('docs/bundle.schema.json', 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(committed);

  it('is the one generated from the format (regenerate: npm run --silent bundle -- schema)', () => {
    expect(committed).toEqual(bundleJsonSchema());
  });

  it('accepts what the console writes and refuses GUIDs and secret values', () => {
    expect(validate(JSON.parse(serializeBundle(sampleBundle())))).toBe(true);

    const withGuid = JSON.parse(serializeBundle(sampleBundle())) as Record<string, any>;
    withGuid['connectors'][0]['guid'] = '5e1c…';
    expect(validate(withGuid)).toBe(false);

    const withValue = JSON.parse(serializeBundle(sampleBundle())) as Record<string, any>;
    withValue['connectors'][1]['connection']['clearPassword'] = 's3cret';
    expect(validate(withValue)).toBe(false);
    expect(parseBundle(JSON.stringify(withValue)).ok).toBe(false);
  });
});
