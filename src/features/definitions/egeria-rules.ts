/**
 * The checks Egeria makes on definitions, made in the form first so the user hears about them
 * field by field instead of as an error after the save (message ids are Egeria 5.3's), plus the
 * few the console adds for its own reasons (each says why).
 */
import type { z } from 'zod';
import { REDACTED } from '../../egeria/secrets';

type Ctx = z.RefinementCtx;
type Path = Array<string | number>;

/**
 * Names travel in URL paths (Egeria's by-name lookups, the console's own addresses) and Tomcat
 * refuses request lines over 8 KB, so a longer name could be stored but never found again.
 */
export const MAX_NAME_LENGTH = 1000;
/** Descriptions and property values have no Egeria limit; this only keeps a pasted file out. */
export const MAX_TEXT_LENGTH = 64 * 1024;

export function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * A required name. Real 5.3 stores a group without one, but nothing can then name it (a daemon
 * runs groups by qualifiedName), so the console asks for it.
 */
export function checkRequiredName(ctx: Ctx, path: Path, value: string, what: string): boolean {
  if (value.trim() === '') {
    issue(ctx, path, `Enter a ${what}: it is how Egeria and its daemons name this definition.`);
    return false;
  }
  if (value !== value.trim()) {
    issue(
      ctx,
      path,
      `Remove the spaces at the start or end of the ${what}: Egeria matches names exactly, so they would become part of it.`,
    );
    return false;
  }
  if (value.length > MAX_NAME_LENGTH) {
    issue(
      ctx,
      path,
      `Use at most ${MAX_NAME_LENGTH.toLocaleString()} characters (this has ${value.length.toLocaleString()}): longer names cannot be looked up in Egeria's URLs.`,
    );
    return false;
  }
  return true;
}

/** Optional short text (display names, user ids): length only. */
export function checkName(ctx: Ctx, path: Path, value: string): void {
  if (value.length > MAX_NAME_LENGTH)
    issue(ctx, path, `Use at most ${MAX_NAME_LENGTH.toLocaleString()} characters.`);
}

export function checkText(ctx: Ctx, path: Path, value: string): void {
  if (value.length > MAX_TEXT_LENGTH)
    issue(
      ctx,
      path,
      `Use at most ${MAX_TEXT_LENGTH.toLocaleString()} characters (this has ${value.length.toLocaleString()}).`,
    );
}

/**
 * The console server refuses any request carrying the marker it puts in place of withheld
 * secrets, so a value holding it could never be saved.
 */
export function checkNoMarker(ctx: Ctx, path: Path, value: string): void {
  if (value.includes(REDACTED))
    issue(
      ctx,
      path,
      `Remove “${REDACTED}”: the console uses it for withheld secrets and refuses to send it.`,
    );
}

/** Every string field of a flat object: marker and length checks, with its path. */
export function checkStrings(ctx: Ctx, base: Path, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') checkNoMarker(ctx, [...base, key], value);
  }
}

/** Unique, non-empty keys in a list of key/value rows (rows left wholly empty are ignored). */
export function checkKeyRows(
  ctx: Ctx,
  path: Path,
  rows: ReadonlyArray<{ key: string; value?: string }>,
  what = 'property',
): void {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (key === '' && (row.value ?? '') === '') return;
    if (key === '') issue(ctx, [...path, index, 'key'], `Enter a name for this ${what}.`);
    else if (key !== row.key)
      issue(ctx, [...path, index, 'key'], 'Remove the spaces at the start or end of the name.');
    else if (seen.has(key))
      issue(ctx, [...path, index, 'key'], `“${key}” is already used: each ${what} name once.`);
    seen.add(key);
    checkNoMarker(ctx, [...path, index, 'key'], row.key);
    if (row.value !== undefined) {
      checkNoMarker(ctx, [...path, index, 'value'], row.value);
      checkText(ctx, [...path, index, 'value'], row.value);
    }
  });
}

const JAVA_CLASS_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/** The integration daemon loads the connector by this class. */
export function checkProviderClassName(ctx: Ctx, path: Path, value: string): void {
  if (value.trim() === '') {
    issue(
      ctx,
      path,
      'Choose a connector type or type its provider class name: the daemon loads the connector by it.',
    );
  } else if (!JAVA_CLASS_NAME.test(value)) {
    issue(
      ctx,
      path,
      'Enter a Java class name such as org.example.connectors.MyConnectorProvider (letters, digits, _ and $, separated by dots).',
    );
  }
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const AUTHORITY_SCHEME = /^[a-z][a-z0-9+.-]*:(?:[a-z][a-z0-9+.-]*:)*\/\//i;
const HOST_PORT = /^[^\s/:?#]+:(\d+)$/;

/**
 * Why an endpoint address is unusable, or undefined when it looks fine. Addresses are URLs
 * (https://…, jdbc:postgresql://…), host:port pairs (a Kafka broker) or file paths, so this is
 * deliberately "URL-like": no spaces or control characters, and anything with a `scheme://` must
 * name a host and parse as a URL.
 */
export function addressProblem(address: string): string | undefined {
  if (address === '') return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(address))
    return 'An address cannot contain spaces, tabs or line breaks; encode a space as %20.';
  if (AUTHORITY_SCHEME.test(address)) {
    const afterSlashes = address.slice(address.indexOf('//') + 2);
    const authority = afterSlashes.split(/[/?#]/)[0] ?? '';
    const host = authority.replace(/^[^@]*@/, '').replace(/:\d*$/, '');
    // file:///path is the one common scheme whose host is empty.
    if (host === '' && !/^file:/i.test(address))
      return 'Add the host after “//”, e.g. https://egeria.example.com:9443.';
    const port = /:(\d*)$/.exec(authority)?.[1];
    if (port !== undefined && (port === '' || Number(port) > 65535))
      return 'The port must be a number from 0 to 65535.';
    try {
      // Non-web schemes (jdbc:postgresql://…) nest another scheme; check the inner URL.
      const inner = address.replace(/^[a-z][a-z0-9+.-]*:(?=[a-z][a-z0-9+.-]*:\/\/)/i, '');
      new URL(inner);
    } catch {
      return 'This is not a valid URL.';
    }
    return undefined;
  }
  const hostPort = HOST_PORT.exec(address);
  if (hostPort && Number(hostPort[1]) > 65535) return 'The port must be a number from 0 to 65535.';
  if (SCHEME.test(address) && /^[a-z][a-z0-9+.-]*:$/i.test(address))
    return 'Add what follows the scheme.';
  return undefined;
}

export function checkAddress(ctx: Ctx, path: Path, address: string): void {
  const problem = addressProblem(address);
  if (problem) issue(ctx, path, problem);
  else {
    checkNoMarker(ctx, path, address);
    checkText(ctx, path, address);
  }
}
