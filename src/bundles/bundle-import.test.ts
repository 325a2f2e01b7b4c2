/**
 * Export, dry run and apply against the sandbox, through the console's own backend, in both
 * dialects: what a person relies on when moving a group between platforms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedsConnections } from '../egeria/backend';
import { EgeriaError } from '../egeria/errors';
import { DEMO } from '../sandbox/seed/demo-estate';
import { startSandboxBackend, type SandboxBackend } from '../sandbox/testing/sandbox-backend';
import { applyPlan, summarize } from './apply-plan';
import type { Bundle } from './bundle-format';
import { parseBundle, serializeBundle } from './bundle-io';
import { exportBundle, readAll } from './export-bundle';
import { planImport } from './import-plan';

const TRIALS = DEMO.groups.clinicalTrials;
const API_CONNECTOR = `${TRIALS}:ClinicalTrialsAPICataloguer`;
const API_CONNECTION = `${API_CONNECTOR}:Connection`;
const SECRETS = {
  values: {
    [`${API_CONNECTION}.clearPassword`]: 'new-clear-password',
    [`${API_CONNECTION}.securedProperties.apiKey`]: 'new-api-key',
  },
};

async function addFault(controlUrl: string, spec: Record<string, unknown>) {
  const response = await fetch(`${controlUrl}/sandbox-control/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(response.ok).toBe(true);
}

/** The bundle with no embedded connections: what a 5.3 platform can hold. */
function withoutEmbedded(bundle: Bundle): Bundle {
  const copy = structuredClone(bundle);
  for (const connector of copy.connectors)
    if (connector.connection?.kind === 'VirtualConnection')
      delete connector.connection.embeddedConnections;
  return copy;
}

describe.each(['v5', 'v6'] as const)('bundles on the %s sandbox', (dialect) => {
  let source: SandboxBackend;
  let target: SandboxBackend;
  /** The group as exported. */
  let exported: Bundle;
  /** What the tests import: on 5.3, without the embedded connections it cannot hold. */
  let bundle: Bundle;

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startSandboxBackend(dialect, 'demo'),
      startSandboxBackend(dialect, 'empty'),
    ]);
    exported = (await exportBundle(source.backend, [TRIALS], { platform: 'source' })).bundle;
    bundle = embedsConnections(dialect) ? exported : withoutEmbedded(exported);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('exports a group with its connectors by qualifiedName, without GUIDs or secret values', async () => {
    const text = serializeBundle(exported);
    expect(parseBundle(text).ok).toBe(true);
    const group = await source.backend.findGroupByName(TRIALS);
    const registrations = await readAll((page) =>
      source.backend.listRegistrations(group!.guid, page),
    );
    expect(exported.groups.map((g) => g.qualifiedName)).toEqual([TRIALS]);
    expect(exported.groups[0]?.registrations.map((r) => r.connector).sort()).toEqual(
      registrations.map((r) => r.connector.qualifiedName).sort(),
    );
    for (const guid of [group!.guid, ...registrations.map((r) => r.connector.guid)])
      expect(text).not.toContain(guid);
    expect(text).not.toMatch(/"guid"/);
    expect(text).not.toContain('trials-api-s3cret');
    expect(text).not.toContain('ak-7f3e-coco-trials');

    const api = exported.connectors.find((c) => c.qualifiedName === API_CONNECTOR);
    expect(api?.connection).toMatchObject({
      kind: 'VirtualConnection',
      clearPassword: { secret: `${API_CONNECTION}.clearPassword` },
      securedProperties: { apiKey: { secret: `${API_CONNECTION}.securedProperties.apiKey` } },
      endpoint: { qualifiedName: 'CocoPharma:Endpoint:ClinicalTrialsAPI' },
      embeddedConnections: [
        {
          position: 0,
          displayName: 'Secrets store',
          arguments: { secretsCollectionName: 'clinical-trials-api' },
          connection: { qualifiedName: 'CocoPharma:SecretsStore:coco.omsecrets' },
        },
      ],
    });
    expect(exported.secrets.map((s) => s.name)).toEqual([
      `${API_CONNECTION}.clearPassword`,
      `${API_CONNECTION}.securedProperties.apiKey`,
    ]);
  });

  it.runIf(!embedsConnections(dialect))(
    'dry run on 5.3: a connection embedding others cannot be imported, and says why',
    async () => {
      const plan = await planImport(target.backend, exported, { secrets: SECRETS });
      expect(plan.items.find((i) => i.id === `connector:${API_CONNECTOR}`)).toMatchObject({
        action: 'unresolved',
        reason: expect.stringContaining('Egeria 5.3 cannot read back'),
      });
      expect(
        plan.items.find((i) => i.id === `registration:${TRIALS}\u2192${API_CONNECTOR}`),
      ).toMatchObject({ action: 'unresolved' });
      expect(plan.items.find((i) => i.id === `group:${TRIALS}`)).toMatchObject({
        action: 'create',
      });
    },
  );

  it('dry run: everything to create, a connector whose secrets have no value cannot be', async () => {
    const plan = await planImport(target.backend, bundle);
    const api = plan.items.find((i) => i.id === `connector:${API_CONNECTOR}`);
    expect(api).toMatchObject({ action: 'unresolved' });
    expect(api?.reason).toContain(`${API_CONNECTION}.clearPassword`);
    expect(
      plan.items.find((i) => i.id === `registration:${TRIALS}\u2192${API_CONNECTOR}`),
    ).toMatchObject({
      action: 'unresolved',
    });
    expect(plan.secrets.filter((s) => s.state === 'missing').map((s) => s.name)).toHaveLength(2);
    expect(plan.items.find((i) => i.id === `group:${TRIALS}`)).toMatchObject({
      action: 'create',
      write: { kind: 'createGroup' },
    });
    // The exact requests, secret values masked.
    const withSecrets = await planImport(target.backend, bundle, { secrets: SECRETS });
    const create = withSecrets.items.find((i) => i.id === `connector:${API_CONNECTOR}`);
    expect(create?.action).toBe('create');
    expect(create?.changes).toContainEqual(
      expect.objectContaining({
        key: 'connection.clearPassword',
        after: `new value from ${API_CONNECTION}.clearPassword`,
      }),
    );
    const requests = await target.backend.previewRequest(create!.write!);
    const shown = JSON.stringify(requests);
    expect(requests.length).toBeGreaterThan(0);
    expect(shown).not.toContain('new-clear-password');
    expect(shown).not.toContain('new-api-key');
  });

  it('applies, then the same bundle changes nothing; an edit shows as a field diff', async () => {
    const plan = await planImport(target.backend, bundle, { secrets: SECRETS });
    const report = await applyPlan(target.backend, plan);
    expect(report.counts.failed).toBe(0);
    expect(report.counts.created).toBe(plan.counts.create);

    const again = await planImport(target.backend, bundle, { secrets: SECRETS });
    expect(again.counts).toMatchObject({ create: 0, update: 0 });
    expect(again.counts.unchanged).toBe(plan.counts.create);

    const back = (await exportBundle(target.backend, [TRIALS])).bundle;
    expect({ ...back, source: undefined }).toEqual({ ...bundle, source: undefined });

    const edited = structuredClone(bundle);
    const registration = edited.groups[0]!.registrations[0]!;
    registration.refreshTimeInterval += 5;
    const api = edited.connectors.find((c) => c.qualifiedName === API_CONNECTOR)!;
    api.connection!.configurationProperties = { templateQualifiedName: 'Template:Other' };
    const planned = await planImport(target.backend, edited, { secrets: SECRETS });
    expect(planned.counts).toMatchObject({ create: 0, update: 2 });
    expect(
      planned.items.find((i) => i.id === `registration:${TRIALS}\u2192${registration.connector}`),
    ).toMatchObject({
      action: 'update',
      changes: [
        {
          key: 'refreshTimeInterval',
          before: String(registration.refreshTimeInterval - 5),
          after: String(registration.refreshTimeInterval),
        },
      ],
    });
    expect(planned.items.find((i) => i.id === `connector:${API_CONNECTOR}`)).toMatchObject({
      action: 'update',
      // The stored secrets are kept: nothing about them changes.
      changes: [
        {
          key: 'connection.configurationProperties',
          before: 'templateQualifiedName = CocoPharma:Template:APIOperation',
          after: 'templateQualifiedName = Template:Other',
        },
      ],
    });
    expect((await applyPlan(target.backend, planned)).complete).toBe(true);
    const settled = await planImport(target.backend, edited, { secrets: SECRETS });
    expect(settled.counts).toMatchObject({ create: 0, update: 0, unresolved: 0 });
  });

  it('cannot resolve a catalog target whose element the platform does not have', async () => {
    const kafka = (await exportBundle(source.backend, [DEMO.groups.kafka])).bundle;
    const plan = await planImport(target.backend, kafka);
    const targets = plan.items.filter((i) => i.kind === 'catalogTarget');
    expect(targets.length).toBeGreaterThan(0);
    for (const item of targets) {
      expect(item.action).toBe('unresolved');
      expect(item.reason).toMatch(
        /^There is no SoftwareServer with the qualified name .+ on this platform/,
      );
    }
    // Everything else can still be imported.
    const report = await applyPlan(target.backend, plan);
    expect(report.counts.unresolved).toBe(targets.length);
    expect(report.counts.failed + report.counts.skipped).toBe(0);
    expect(summarize(report)).toContain(`${targets.length} could not be resolved`);
  });

  it('says what was done and not when Egeria refuses part way, and a second apply finishes', async () => {
    const other = await startSandboxBackend(dialect, 'empty');
    try {
      await addFault(other.sandbox.controlUrl, {
        // 5.3 creates a connector's elements through the open-metadata-store.
        path: dialect === 'v5' ? '/metadata-elements$' : '/asset-maker/assets$',
        method: 'POST',
        times: 1,
        ffdc: { relatedHTTPCode: 500, messageId: 'OMAG-COMMON-500-001', text: 'Injected' },
      });
      const plan = await planImport(other.backend, bundle, { secrets: SECRETS });
      const report = await applyPlan(other.backend, plan);
      expect(report.complete).toBe(false);
      expect(report.counts.failed).toBe(1);
      const failed = report.results.find((r) => r.outcome === 'failed');
      expect(failed?.error).toBeInstanceOf(EgeriaError);
      expect((failed?.error as EgeriaError).messageId).toBe('OMAG-COMMON-500-001');
      const connectorQn = failed!.id.replace(/^connector:/, '');
      expect(report.results).toContainEqual(
        expect.objectContaining({
          id: `registration:${TRIALS}\u2192${connectorQn}`,
          outcome: 'skipped',
          reason: expect.stringContaining(connectorQn),
        }),
      );
      expect(summarize(report)).toMatch(/failed.*apply the same bundle again/);

      const rest = await planImport(other.backend, bundle, { secrets: SECRETS });
      expect(rest.counts.create).toBe(2);
      expect((await applyPlan(other.backend, rest)).complete).toBe(true);
    } finally {
      await other.close();
    }
  });
});
