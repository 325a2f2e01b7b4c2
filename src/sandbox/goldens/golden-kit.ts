/**
 * Helpers for the golden tests: reading the captured files (bodies, and for `.txt` captures the
 * status and headers around them) and calling a started sandbox the way the capture was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { eventually, sendJson } from '../testing/test-kit';
import { compareShape, type ShapeRules } from './shape';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The captures, shared with the client's judges (e2e/golden). */
const DIR = fileURLToPath(new URL('../../../e2e/golden/', import.meta.url));

export interface Captured {
  status: number;
  headers: Record<string, string>;
  text: string;
  json?: Json;
}

/** A captured file: `.json` is a body; `.txt` is a raw exchange (5.3: body then status line; 6.1: headers then body). */
/**
 * A message text with its GUIDs replaced: the captures' GUIDs are normalised placeholders, so
 * texts are compared without them.
 */
export function withoutGuids(text: unknown): unknown {
  return typeof text === 'string'
    ? text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<guid>')
    : text;
}

export function captured(release: '5.3' | '6.1', file: string): Captured {
  const raw = readFileSync(join(DIR, release, file), 'utf8');
  if (file.endsWith('.json')) return { status: 200, headers: {}, text: raw, json: JSON.parse(raw) as Json };
  const lines = raw.split('\n');
  const statusLine = lines.findIndex((l) => /^HTTP(\/1\.1)? \d{3}/.test(l));
  const status = Number(/\d{3}/.exec(lines[statusLine] ?? '')?.[0] ?? 200);
  const headers: Record<string, string> = {};
  let body: string;
  if (statusLine === 0) {
    let i = 1;
    for (; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) {
      const [name = '', ...value] = (lines[i] ?? '').split(':');
      headers[name.toLowerCase()] = value.join(':').trim();
    }
    body = lines.slice(i + 1).join('\n').trim();
  } else {
    body = lines.slice(0, statusLine).join('\n').trim();
    const contentType = (lines[statusLine] ?? '').split(' ').slice(2).join(' ').trim();
    if (contentType) headers['content-type'] = contentType;
  }
  let json: Json | undefined;
  try {
    json = JSON.parse(body) as Json;
  } catch {
    json = undefined;
  }
  return { status, headers, text: body, json };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, Json>;
}

export function caller(baseUrl: string, token?: string) {
  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const sent = await sendJson(baseUrl + path, method, body, token);
    const { response, text } = sent;
    const json = sent.json as Record<string, Json>;
    return { status: response.status, headers: response.headers, text, json };
  }
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
  };
}

/** ElementProperties of plain string, boolean and map values (what a client sends to the store). */
export function elementProperties(values: Record<string, unknown>) {
  const propertyValueMap: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'boolean')
      propertyValueMap[name] = { class: 'PrimitiveTypePropertyValue', typeName: 'boolean', primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_BOOLEAN', primitiveValue: value };
    else if (typeof value === 'number')
      propertyValueMap[name] = { class: 'PrimitiveTypePropertyValue', typeName: 'long', primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_LONG', primitiveValue: value };
    else if (value && typeof value === 'object')
      propertyValueMap[name] = { class: 'MapTypePropertyValue', typeName: 'map<string,object>', mapValues: elementProperties(value as Record<string, unknown>) };
    else
      propertyValueMap[name] = { class: 'PrimitiveTypePropertyValue', typeName: 'string', primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_STRING', primitiveValue: value };
  }
  return { propertyValueMap };
}

/**
 * Runs `group` on the integration daemon the way the captures did: its configuration added
 * through the admin services (`admin` is their path up to the server), the daemon restarted, and
 * the first refresh of its first connector awaited.
 */
export async function runGroupOnDaemon(
  http: ReturnType<typeof caller>,
  paths: { admin: string; platform: string; daemon: string },
  group: string,
): Promise<void> {
  await http.post(`${paths.admin}/integration-groups/configuration`, {
    class: 'IntegrationGroupConfig',
    integrationGroupQualifiedName: group,
  });
  await http.post(`${paths.platform}/servers/integration-daemon/instance`);
  await eventually(async () => {
    const summary = await http.get(`${paths.daemon}/integration-groups/${encodeURIComponent(group)}/summary`);
    const reports = (
      summary.json['integrationGroupSummary'] as
        | { integrationConnectorReports?: Array<{ lastRefreshTime?: string }> }
        | undefined
    )?.integrationConnectorReports;
    return reports?.[0]?.lastRefreshTime ? true : undefined;
  });
}

/** The answer has the captured status and the captured body's shape. */
export function expectSameShape(release: '5.3' | '6.1', file: string, answer: Answer, rules: ShapeRules) {
  const real = captured(release, file);
  expect(answer.status).toBe(real.status);
  expect(compareShape(real.json ?? null, answer.json, rules)).toEqual([]);
}

/** The captures of one release, and the shape check against them with the test's usual rules. */
export function goldensOf(release: '5.3' | '6.1', usualRules: ShapeRules) {
  return {
    captured: (file: string) => captured(release, file),
    sameShape: (file: string, answer: Answer, rules = usualRules) => expectSameShape(release, file, answer, rules),
  };
}
