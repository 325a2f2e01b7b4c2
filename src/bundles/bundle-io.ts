/**
 * Reading and writing bundle files. Writing is canonical (lists sorted, map keys sorted, object
 * keys in the format's order, two-space JSON), so two exports of the same definitions are the
 * same text and a change shows as a small diff. Reading checks the schema, then what a schema
 * cannot say: names used twice, placeholders with no declared secret.
 */
import {
  BUNDLE_FORMAT_VERSION,
  BundleSchema,
  type Bundle,
  type BundleCatalogTarget,
  type BundleConnection,
  type BundleConnector,
  type BundleGroup,
} from './bundle-format';

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problems: string[] };

/** A JSON value with the keys of every object inside it sorted. */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortDeep((value as Record<string, unknown>)[key])]),
  );
}

function sortedMap<T>(map: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!map) return undefined;
  return sortDeep(map) as Record<string, T>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonicalConnection(connection: BundleConnection): BundleConnection {
  return {
    ...connection,
    securedProperties: sortedMap(connection.securedProperties),
    configurationProperties: sortedMap(connection.configurationProperties),
    additionalProperties: sortedMap(connection.additionalProperties),
    embeddedConnections: connection.embeddedConnections
      ?.map((embedded) => ({
        ...embedded,
        arguments: sortedMap(embedded.arguments),
        connection: canonicalConnection(embedded.connection),
      }))
      .sort((a, b) => a.position - b.position),
  };
}

export function catalogTargetKey(
  target: Pick<BundleCatalogTarget, 'catalogTargetName' | 'element'>,
) {
  return `${target.catalogTargetName}\u0000${target.element.qualifiedName}\u0000${target.element.typeName}`;
}

function canonicalConnector(connector: BundleConnector): BundleConnector {
  return {
    ...connector,
    additionalProperties: sortedMap(connector.additionalProperties),
    connection: connector.connection ? canonicalConnection(connector.connection) : undefined,
    catalogTargets: connector.catalogTargets
      ?.map((target) => ({
        ...target,
        configurationProperties: sortedMap(target.configurationProperties),
        templates: sortedMap(target.templates),
      }))
      .sort((a, b) => byText(catalogTargetKey(a), catalogTargetKey(b))),
  };
}

function canonicalGroup(group: BundleGroup): BundleGroup {
  return {
    ...group,
    additionalProperties: sortedMap(group.additionalProperties),
    registrations: [...group.registrations].sort(
      (a, b) => byText(a.connectorName, b.connectorName) || byText(a.connector, b.connector),
    ),
  };
}

/**
 * The bundle in its one canonical form: every list in a fixed order, every map's keys sorted,
 * every object's keys in the format's order, undefined fields dropped.
 */
export function canonicalBundle(bundle: Bundle): Bundle {
  const sorted: Bundle = {
    ...bundle,
    groups: bundle.groups
      .map(canonicalGroup)
      .sort((a, b) => byText(a.qualifiedName, b.qualifiedName)),
    connectors: bundle.connectors
      .map(canonicalConnector)
      .sort((a, b) => byText(a.qualifiedName, b.qualifiedName)),
    secrets: [...bundle.secrets].sort((a, b) => byText(a.name, b.name)),
  };
  // Parsing puts object keys in the schema's order and drops undefined values.
  return BundleSchema.parse(JSON.parse(JSON.stringify(sorted)));
}

/** The bundle as the text of a bundle file. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(canonicalBundle(bundle), null, 2)}\n`;
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : `${out}${out ? '.' : ''}${String(part)}`,
    '',
  );
}

/** Every placeholder in a connection (embedded ones included), with where it is. */
export function placeholdersOf(connection: BundleConnection | undefined): string[] {
  if (!connection) return [];
  return [
    connection.clearPassword?.secret,
    connection.encryptedPassword?.secret,
    ...Object.values(connection.securedProperties ?? {}).map((p) => p.secret),
    ...(connection.embeddedConnections ?? []).flatMap((e) => placeholdersOf(e.connection)),
  ].filter((s): s is string => s !== undefined);
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

/** What the schema cannot check: uniqueness by name, and every placeholder declared. */
function consistencyProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  for (const qn of duplicates(bundle.groups.map((g) => g.qualifiedName)))
    problems.push(`groups: the group “${qn}” appears more than once.`);
  for (const qn of duplicates(bundle.connectors.map((c) => c.qualifiedName)))
    problems.push(`connectors: the connector “${qn}” appears more than once.`);
  for (const group of bundle.groups) {
    for (const name of duplicates(group.registrations.map((r) => r.connectorName)))
      problems.push(
        `groups “${group.qualifiedName}”: the connector name “${name}” is used by more than one registration (a daemon knows its connectors by this name).`,
      );
    for (const qn of duplicates(group.registrations.map((r) => r.connector)))
      problems.push(
        `groups “${group.qualifiedName}”: the connector “${qn}” is registered more than once.`,
      );
  }
  for (const connector of bundle.connectors) {
    for (const key of duplicates((connector.catalogTargets ?? []).map(catalogTargetKey)))
      problems.push(
        `connectors “${connector.qualifiedName}”: the catalog target “${key.split('\u0000')[0]}” of “${key.split('\u0000')[1]}” appears more than once.`,
      );
  }
  const declared = new Set(bundle.secrets.map((s) => s.name));
  for (const name of duplicates(bundle.secrets.map((s) => s.name)))
    problems.push(`secrets: “${name}” is declared more than once.`);
  for (const connector of bundle.connectors) {
    for (const name of placeholdersOf(connector.connection)) {
      if (!declared.has(name))
        problems.push(
          `connectors “${connector.qualifiedName}”: the secret placeholder “${name}” is not declared in secrets.`,
        );
    }
  }
  return problems;
}

/** Reads a bundle file's text; problems name the place at fault, as a person would look for it. */
export function parseBundle(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`This is not JSON: ${(error as Error).message}`] };
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return {
      ok: false,
      problems: [
        'A bundle is one JSON object, with formatVersion, groups, connectors and secrets.',
      ],
    };
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        `This bundle has formatVersion ${version}; this console reads formatVersion ${BUNDLE_FORMAT_VERSION}. Use a newer console.`,
      ],
    };
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 20)
        .map((issue) => `${issuePath(issue.path) || 'bundle'}: ${issue.message}`),
    };
  const problems = consistencyProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle: parsed.data };
}
