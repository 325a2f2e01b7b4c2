/**
 * The bundle CLI as a pipeline uses it: export from a 5.3 sandbox, dry run and import into an
 * empty 6.x sandbox, with exit codes and without secrets in the output.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../bundles/bundle-io';
import { startSandbox, type SandboxHandle } from '../sandbox/sandbox';
import { DEMO } from '../sandbox/seed/demo-estate';
import { SANDBOX_PASSWORD } from '../sandbox/testing/sandbox-backend';
import { EXIT, runCli } from './bundle-cli';

const TRIALS = DEMO.groups.clinicalTrials;
const CONNECTION = `${TRIALS}:ClinicalTrialsAPICataloguer:Connection`;
const SECRET_FLAGS = [
  '--secret',
  `${CONNECTION}.clearPassword=env:TRIALS_PASSWORD`,
  '--secret',
  `${CONNECTION}.securedProperties.apiKey=file:`,
];

describe('npm run bundle', () => {
  let source: SandboxHandle;
  let target: SandboxHandle;
  const dir = mkdtempSync(join(tmpdir(), 'bundle-cli-'));
  const file = join(dir, 'trials.json');
  const keyFile = join(dir, 'api-key');
  const env = { EGERIA_PASSWORD: SANDBOX_PASSWORD, TRIALS_PASSWORD: 'pw-from-env' };

  beforeAll(async () => {
    [source, target] = await Promise.all([
      startSandbox({ seed: 'demo', dialects: ['v5'] }),
      startSandbox({ seed: 'empty', dialects: ['v6'] }),
    ]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(keyFile, 'key-from-file\n');
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  async function run(args: string[], environment: NodeJS.ProcessEnv = env) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env: environment,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const from = () => [
    '--url',
    source.url,
    '--dialect',
    'v5',
    '--metadata-server',
    source.metadataServer,
  ];
  const to = () => ['--url', target.url, '--view-server', target.viewServer ?? 'view-server'];
  const secrets = () => [...SECRET_FLAGS.slice(0, 3), `${SECRET_FLAGS[3]}${keyFile}`];

  it('exports a group to a file, secrets left as placeholders', async () => {
    const result = await run(['export', ...from(), '--group', TRIALS, '--out', file]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toMatch(
      /Exported 1 group\(s\), \d+ connector\(s\) .*2 secret\(s\) left as placeholders/,
    );
    const parsed = parseBundle(readFileSync(file, 'utf8'));
    expect(parsed.ok && parsed.bundle.groups[0]?.qualifiedName).toBe(TRIALS);
    expect(readFileSync(file, 'utf8')).not.toContain('trials-api-s3cret');
  });

  it('needs the 6.x password from the environment, never from a flag', async () => {
    const result = await run(['diff', file, ...to()], {});
    expect(result.code).toBe(EXIT.error);
    expect(result.err).toContain('EGERIA_PASSWORD');
    const flag = await run(['diff', file, ...to(), '--password', 'x']);
    expect(flag.code).toBe(EXIT.error);
    expect(flag.err).toMatch(/Unknown option '--password'/);
  });

  it('a dry run that cannot resolve an element exits 2 and names the missing secrets', async () => {
    const result = await run(['diff', file, ...to(), '--check']);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT.incomplete);
    expect(result.out).toContain(`secret ${CONNECTION}.clearPassword: MISSING`);
    expect(result.out).toMatch(/CANNOT RESOLVE\s+Connector .*ClinicalTrialsAPICataloguer/);
  });

  it('--check exits 3 while there are differences, 0 once the import is done', async () => {
    const before = await run(['diff', file, ...to(), '--check', ...secrets(), '--requests']);
    expect(before.code).toBe(EXIT.differs);
    expect(before.out).toMatch(/^create\s+Group /m);
    expect(before.out).toContain('POST /servers/view-server/api/open-metadata/asset-maker/');
    for (const text of [before.out, before.err]) {
      expect(text).not.toContain('pw-from-env');
      expect(text).not.toContain('key-from-file');
    }

    const imported = await run(['import', file, ...to(), ...secrets()]);
    expect(imported.code).toBe(EXIT.ok);
    expect(imported.out).toContain('The import is complete.');
    expect(imported.out).not.toContain('pw-from-env');

    const after = await run(['diff', file, ...to(), '--check', ...secrets(), '--json']);
    expect(after.code).toBe(EXIT.ok);
    const json = JSON.parse(after.out) as { plan: { counts: Record<string, number> } };
    expect(json.plan.counts).toMatchObject({ create: 0, update: 0, unresolved: 0 });
  });

  it('refuses a secret value on the command line and an unknown command', async () => {
    const value = await run([
      'diff',
      file,
      ...to(),
      '--secret',
      `${CONNECTION}.clearPassword=s3cret`,
    ]);
    expect(value.code).toBe(EXIT.error);
    expect(value.err).toContain('NAME=env:VARIABLE');
    expect(value.err).not.toContain('s3cret');
    expect((await run(['publish'])).code).toBe(EXIT.error);
    const bad = await run(['diff', join(dir, 'missing.json'), ...to()]);
    expect(bad.code).toBe(EXIT.error);
    expect(bad.err).toContain('Cannot read');
  });
});
