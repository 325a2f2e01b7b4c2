/**
 * Secret values for an unattended import: `--secret NAME=env:VARIABLE` or `NAME=file:/path` on the
 * command line, else the `from` the bundle gives for that secret. A file is how secrets stores
 * (Vault agents, Kubernetes and Docker secrets) hand secrets to a process; its trailing newline is
 * dropped. Values are never printed: only names and where they were read from.
 */
import { readFileSync } from 'node:fs';
import type { BundleSecret } from '../bundles/bundle-format';
import { CliError } from './cli-platform';

export interface SecretSources {
  /** Name → `env:VAR` or `file:/path`. */
  [name: string]: string;
}

/** Parses `--secret NAME=env:VAR` flags. */
export function parseSecretFlags(flags: readonly string[]): SecretSources {
  const sources: SecretSources = {};
  for (const flag of flags) {
    const at = flag.lastIndexOf('=');
    const name = at > 0 ? flag.slice(0, at) : '';
    const source = at > 0 ? flag.slice(at + 1) : '';
    if (!name || !/^(env|file):.+$/.test(source))
      // The flag may hold a value typed by mistake: name only the secret, never echo the rest.
      throw new CliError(
        `--secret ${name || '(no name)'}=…: write NAME=env:VARIABLE or NAME=file:/path (a value itself is never given on the command line).`,
      );
    sources[name] = source;
  }
  return sources;
}

function read(source: string, env: NodeJS.ProcessEnv): string | undefined {
  if (source.startsWith('env:')) return env[source.slice(4)];
  try {
    return readFileSync(source.slice(5), 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new CliError(
      `Cannot read the secret file ${source.slice(5)}: ${(error as Error).message}`,
    );
  }
}

/**
 * The values that can be had for the bundle's secrets, and what was asked for but not found
 * (an environment variable that is not set).
 */
export function resolveSecrets(
  secrets: readonly BundleSecret[],
  flags: SecretSources,
  env: NodeJS.ProcessEnv,
): { values: Record<string, string>; unset: string[] } {
  const declared = new Set(secrets.map((s) => s.name));
  for (const name of Object.keys(flags))
    if (!declared.has(name))
      throw new CliError(
        `--secret ${name}: the bundle declares no secret of that name (it declares: ${[...declared].join(', ') || 'none'}).`,
      );
  const values: Record<string, string> = {};
  const unset: string[] = [];
  for (const secret of secrets) {
    const source = flags[secret.name] ?? secret.from;
    if (!source) continue;
    const value = read(source, env);
    if (value === undefined || value === '') unset.push(`${secret.name} (${source})`);
    else values[secret.name] = value;
  }
  return { values, unset };
}
