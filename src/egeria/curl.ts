/**
 * "Copy as curl" for the save preview (features/preview): each exact request as a command a user can run after
 * filling placeholders. Never a secret or a token: the bearer token is `$EGERIA_TOKEN`, every
 * secret value in the body (connection secrets, and any value under a credential-like key)
 * becomes `$EGERIA_SECRET_<NAME>`, and the platform's address, which the console server never
 * gives the browser, is `$EGERIA_URL`.
 */
import type { Dialect, RequestPreview } from './backend';
import { maskSecrets, REDACTED, SECRET_MASK } from './secrets';
import { isCredentialKey, STRUCTURAL_KEY } from './stored-secrets';

/** A word the shell passes on unchanged: single quotes, each inner quote as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Keys inside a generic property value that say nothing about which secret it is. */
const WRAPPER_KEYS = new Set([
  'primitiveValue',
  'mapValues',
  'propertyValueMap',
  'propertiesAsStrings',
]);

/** `clearPassword` → `CLEAR_PASSWORD`, `api-key` → `API_KEY`. */
const envName = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toUpperCase() || 'VALUE';

interface Placeholders {
  /** Sentinel string in the body → shell variable name. */
  byToken: Map<string, string>;
  used: Set<string>;
}

const SENTINEL = (n: number) => `@@console-secret-${n}@@`;

/** The body with every secret value replaced by a sentinel, remembering which variable it stands for. */
function withSentinels(value: unknown, key: string, secret: boolean, names: Placeholders): unknown {
  if (Array.isArray(value)) return value.map((v) => withSentinels(v, key, secret, names));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(value)) {
      if (secret && STRUCTURAL_KEY.test(k)) out[k] = inner;
      else
        out[k] = withSentinels(
          inner,
          WRAPPER_KEYS.has(k) ? key : k,
          secret || isCredentialKey(k),
          names,
        );
    }
    return out;
  }
  const masked = value === SECRET_MASK || value === REDACTED;
  if (!masked && !(secret && value !== '' && value !== null && value !== undefined)) return value;
  let name = `EGERIA_SECRET_${envName(key)}`;
  for (let n = 2; names.used.has(name); n++) name = `EGERIA_SECRET_${envName(key)}_${n}`;
  names.used.add(name);
  const token = SENTINEL(names.byToken.size);
  names.byToken.set(token, name);
  return token;
}

export interface CurlCommand {
  command: string;
  /** The shell variables the command expects, in the order they appear. */
  variables: string[];
}

/** One request of a save preview as a curl command. */
export function curlCommand(request: RequestPreview, dialect: Dialect): CurlCommand {
  const variables = ['EGERIA_URL'];
  const lines = [
    `curl -X ${request.method} "$EGERIA_URL"${shellQuote(request.path)}`,
    `-H 'Accept: application/json'`,
  ];
  if (dialect === 'v6') {
    lines.push(`-H "Authorization: Bearer $EGERIA_TOKEN"`);
    variables.push('EGERIA_TOKEN');
  }
  if (request.body !== undefined) {
    const names: Placeholders = { byToken: new Map(), used: new Set() };
    // Masked once more here, so a body that still held a typed secret could not carry it.
    const body = withSentinels(maskSecrets(request.body), 'value', false, names);
    let data = shellQuote(JSON.stringify(body, null, 2));
    for (const [token, name] of names.byToken) {
      // Closes the single quotes, expands the variable in double quotes, opens them again.
      data = data.replace(token, `'"$${name}"'`);
      variables.push(name);
    }
    lines.push(`-H 'Content-Type: application/json'`, `--data-raw ${data}`);
  }
  return { command: lines.join(' \\\n  '), variables };
}

/** Every request of a preview, in order, as one script; the variables it needs listed on top. */
export function curlScript(requests: readonly RequestPreview[], dialect: Dialect): string {
  const commands = requests.map((request) => curlCommand(request, dialect));
  const variables = [...new Set(commands.flatMap((c) => c.variables))];
  const header = `# Set first: ${variables.join(', ')}`;
  return [header, ...commands.map((c) => c.command)].join('\n\n');
}
