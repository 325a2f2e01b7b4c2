/**
 * `npm run --silent bundle -- export|import|diff|schema …`: bundles for pipelines. Exit codes:
 *   0  done (and, with --check, nothing differs)
 *   1  could not run: bad arguments, an unreadable bundle, an unreachable platform
 *   2  the import is not complete: an element failed, was not attempted, or cannot be resolved
 *   3  with --check: the dry run found elements to create or update
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { applyPlan, summarize } from '../bundles/apply-plan';
import { bundleJsonSchema } from '../bundles/bundle-schema';
import { parseBundle, serializeBundle } from '../bundles/bundle-io';
import { exportBundle, groupsOfDaemon } from '../bundles/export-bundle';
import { planImport, type ImportPlan } from '../bundles/import-plan';
import { CliError, connect, type PlatformOptions } from './cli-platform';
import { parseSecretFlags, resolveSecrets } from './cli-secrets';
import {
  describeError,
  planJson,
  planLines,
  planRequests,
  planSummary,
  reportJson,
  resultLine,
  secretLines,
} from './plan-report';

export const EXIT = { ok: 0, error: 1, incomplete: 2, differs: 3 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: npm run --silent bundle -- <command> [options]

Commands
  export --group QN [--group QN …] | --daemon NAME   write a bundle (to --out FILE, or stdout)
  diff FILE                                           dry run: what importing FILE would do
  import FILE [--dry-run]                             import FILE (a dry run first, then the writes)
  schema                                              print the bundle format's JSON Schema

Platform
  --url URL                 the OMAG Server Platform (required)
  --dialect v5|v6|auto      Egeria 5.x or 6.x (default: auto, from the platform's origin)
  --user ID                 user id (default garygeeke)
  --metadata-server NAME    5.x: the metadata access server holding the definitions
  --view-server NAME        6.x: the view server (default view-server)
  --password-env VAR        6.x: the environment variable holding the password (default EGERIA_PASSWORD)
  --ca-file PEM             trust this CA for the platform's TLS certificate
  --insecure                accept any certificate from this platform (test platforms only)
  --timeout MS              give up on a call after this long (default 30000)

Import and diff
  --secret NAME=env:VAR | NAME=file:PATH   where a secret placeholder's value comes from
  --replace-secrets        also overwrite secrets the platform already holds
  --check                  exit 3 when the dry run finds elements to create or update
  --requests               print the exact requests of each write (secrets masked)
  --verbose                list unchanged elements too
  --json                   print the plan / report as JSON

Exit codes: 0 done, 1 could not run, 2 import not complete, 3 differences (--check).`;

const OPTIONS = {
  url: { type: 'string' },
  dialect: { type: 'string', default: 'auto' },
  user: { type: 'string', default: 'garygeeke' },
  'metadata-server': { type: 'string' },
  'view-server': { type: 'string' },
  'password-env': { type: 'string', default: 'EGERIA_PASSWORD' },
  'ca-file': { type: 'string' },
  insecure: { type: 'boolean', default: false },
  timeout: { type: 'string', default: '30000' },
  group: { type: 'string', multiple: true, default: [] as string[] },
  daemon: { type: 'string' },
  out: { type: 'string' },
  secret: { type: 'string', multiple: true, default: [] as string[] },
  'replace-secrets': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  requests: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const parse = (argv: readonly string[]) =>
  parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
type Values = ReturnType<typeof parse>['values'];

function platformOptions(values: Values, env: NodeJS.ProcessEnv): PlatformOptions {
  if (!values.url)
    throw new CliError('--url: name the platform, e.g. --url https://egeria.example.com:9443');
  const dialect = values.dialect;
  if (dialect !== 'v5' && dialect !== 'v6' && dialect !== 'auto')
    throw new CliError(`--dialect ${dialect}: use v5, v6 or auto`);
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new CliError(`--timeout ${values.timeout}: a whole number of milliseconds`);
  return {
    url: values.url,
    dialect,
    userId: values.user,
    metadataServer: values['metadata-server'],
    viewServer: values['view-server'],
    passwordEnv: values['password-env'],
    env,
    caFile: values['ca-file'],
    insecure: values.insecure,
    timeoutMs,
  };
}

function readBundleFile(file: string | undefined) {
  if (!file) throw new CliError('Name the bundle file: … import FILE');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseBundle(text);
  if (!parsed.ok)
    throw new CliError(`${file} is not a valid bundle:\n  - ${parsed.problems.join('\n  - ')}`);
  return parsed.bundle;
}

async function runExport(values: Values, io: CliIo): Promise<number> {
  if (values.group.length === 0 && !values.daemon)
    throw new CliError(
      'export: name the groups (--group QN, repeatable) or a daemon (--daemon NAME)',
    );
  const platform = await connect(platformOptions(values, io.env));
  try {
    const groups = values.daemon
      ? await groupsOfDaemon(platform.backend, values.daemon)
      : values.group;
    const { bundle, warnings } = await exportBundle(platform.backend, groups, {
      platform: platform.label,
    });
    for (const warning of warnings) io.err(`warning: ${warning}`);
    const text = serializeBundle(bundle);
    if (values.out) {
      writeFileSync(values.out, text);
      io.err(
        `Exported ${bundle.groups.length} group(s), ${bundle.connectors.length} connector(s) to ${values.out}` +
          (bundle.secrets.length > 0
            ? `; ${bundle.secrets.length} secret(s) left as placeholders.`
            : '.'),
      );
    } else {
      io.out(text.trimEnd());
    }
    return EXIT.ok;
  } finally {
    platform.close();
  }
}

async function printPlan(plan: ImportPlan, values: Values, io: CliIo, requests: unknown) {
  if (values.json) {
    io.out(JSON.stringify({ plan: planJson(plan), requests }, null, 2));
    return;
  }
  for (const line of planLines(plan, values.verbose)) io.out(line);
  for (const line of secretLines(plan)) io.out(line);
  io.out(`Dry run: ${planSummary(plan)}`);
  if (Array.isArray(requests))
    for (const entry of requests as Awaited<ReturnType<typeof planRequests>>) {
      io.out(`\n# ${entry.id}`);
      if (entry.error) io.out(`  (requests not worked out: ${entry.error})`);
      for (const r of entry.requests ?? [])
        io.out(
          `${r.method} ${r.path}${r.body === undefined ? '' : `\n${JSON.stringify(r.body, null, 2)}`}`,
        );
    }
}

async function runImport(values: Values, file: string | undefined, dryRun: boolean, io: CliIo) {
  const bundle = readBundleFile(file);
  const { values: secretValues, unset } = resolveSecrets(
    bundle.secrets,
    parseSecretFlags(values.secret),
    io.env,
  );
  for (const name of unset) io.err(`warning: secret ${name} has no value in this environment`);
  const platform = await connect(platformOptions(values, io.env));
  try {
    const plan = await planImport(platform.backend, bundle, {
      secrets: { values: secretValues, replaceExisting: values['replace-secrets'] },
    });
    const requests = values.requests ? await planRequests(platform.backend, plan) : undefined;
    if (dryRun) {
      await printPlan(plan, values, io, requests);
      if (plan.counts.unresolved > 0) return EXIT.incomplete;
      if (values.check && plan.counts.create + plan.counts.update > 0) return EXIT.differs;
      return EXIT.ok;
    }
    if (!values.json) {
      for (const line of planLines(plan, false)) io.err(line);
      for (const line of secretLines(plan)) io.err(line);
    }
    const report = await applyPlan(platform.backend, plan, {
      onResult: (result) => {
        if (!values.json && result.outcome !== 'unchanged') io.out(resultLine(result));
      },
    });
    if (values.json) io.out(JSON.stringify(reportJson(report), null, 2));
    else io.out(summarize(report));
    return report.complete ? EXIT.ok : EXIT.incomplete;
  } finally {
    platform.close();
  }
}

/** Runs one CLI invocation; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.error;
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || !command) {
    (command ? io.out : io.err)(USAGE);
    return values.help ? EXIT.ok : EXIT.error;
  }
  try {
    if (extra.length > 0) throw new CliError(`Unexpected arguments: ${extra.join(' ')}`);
    switch (command) {
      case 'schema':
        io.out(JSON.stringify(bundleJsonSchema(), null, 2));
        return EXIT.ok;
      case 'export':
        return await runExport(values, io);
      case 'diff':
        return await runImport(values, file, true, io);
      case 'import':
        return await runImport(values, file, values['dry-run'], io);
      default:
        throw new CliError(`Unknown command ${command}: use export, import, diff or schema.`);
    }
  } catch (error) {
    io.err(error instanceof CliError ? error.message : `Failed: ${describeError(error)}`);
    return EXIT.error;
  }
}

const isMain = process.argv[1] && /bundle-cli\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  });
  process.exitCode = code;
}
