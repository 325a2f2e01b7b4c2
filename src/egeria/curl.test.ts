import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { RequestPreview } from './backend';
import { maskSecrets } from './secrets';
import { toElementProperties } from './wire/generic';
import { curlCommand, curlScript, shellQuote } from './curl';

/**
 * Runs a copied command in a POSIX shell with `curl` standing in as a function that prints each argument
 * on its own line (NUL-separated), so a test sees exactly what the shell would hand to curl.
 */
function argsCurlWouldGet(command: string, env: Record<string, string>): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}`;
  const out = execFileSync('sh', ['-c', script], { env: { PATH: process.env['PATH'], ...env } });
  return out.toString('utf8').split('\0').slice(0, -1);
}

const dataOf = (args: string[]) => JSON.parse(args[args.indexOf('--data-raw') + 1]!) as unknown;

describe('copy as curl', () => {
  it('quotes a word so the shell hands it over unchanged, quotes and all', () => {
    const nasty = `it's "quoted" $HOME \`date\` \\ ; rm -rf / '' \n next line`;
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(argsCurlWouldGet(`curl ${shellQuote(nasty)}`, {})).toEqual([nasty]);
  });

  it('builds a runnable 6.x request: method, URL, token placeholder, content type, body', () => {
    const request: RequestPreview = {
      method: 'POST',
      path: "/servers/qs-view-server/api/open-metadata/asset-maker/assets/a'b/update",
      body: { class: 'UpdateElementRequestBody', properties: { displayName: "Coco's group" } },
    };
    const { command, variables } = curlCommand(request, 'v6');
    expect(command).toContain(`-H "Authorization: Bearer $EGERIA_TOKEN"`);
    expect(command).toContain(`-H 'Content-Type: application/json'`);
    expect(variables).toEqual(['EGERIA_URL', 'EGERIA_TOKEN']);
    const args = argsCurlWouldGet(command, {
      EGERIA_URL: 'https://egeria.example:9443',
      EGERIA_TOKEN: 'tok',
    });
    expect(args.slice(0, 3)).toEqual(['-X', 'POST', `https://egeria.example:9443${request.path}`]);
    expect(args).toContain('Authorization: Bearer tok');
    expect(dataOf(args)).toEqual(request.body);
  });

  it('sends no token on 5.3 and no body or content type for a request without one', () => {
    const { command } = curlCommand(
      { method: 'DELETE', path: '/servers/s/x' } satisfies RequestPreview,
      'v5',
    );
    expect(command).not.toContain('Authorization');
    expect(command).not.toContain('Content-Type');
    expect(command).not.toContain('--data-raw');
    expect(argsCurlWouldGet(command, { EGERIA_URL: 'http://h' })).toEqual([
      '-X',
      'DELETE',
      'http://h/servers/s/x',
      '-H',
      'Accept: application/json',
    ]);
  });

  it('never carries a typed secret: each becomes a variable that fills the same JSON', () => {
    const typed = {
      class: 'ConnectionRequestBody',
      clearPassword: 'hunter2-typed',
      securedProperties: { apiKey: 'k-123-typed', 'bearer-token': "t'456" },
      configurationProperties: { token: 'plain-token-typed', depth: 3 },
    };
    // The preview hands over masked bodies; a raw one must come out the same.
    for (const body of [maskSecrets(typed), typed]) {
      const { command, variables } = curlCommand({ method: 'POST', path: '/p', body }, 'v5');
      for (const secret of ['hunter2-typed', 'k-123-typed', "t'456", 'plain-token-typed'])
        expect(command).not.toContain(secret);
      expect(variables).toEqual([
        'EGERIA_URL',
        'EGERIA_SECRET_CLEAR_PASSWORD',
        'EGERIA_SECRET_API_KEY',
        'EGERIA_SECRET_BEARER_TOKEN',
        'EGERIA_SECRET_TOKEN',
      ]);
      const args = argsCurlWouldGet(command, {
        EGERIA_URL: 'http://h',
        EGERIA_SECRET_CLEAR_PASSWORD: 'pw',
        EGERIA_SECRET_API_KEY: 'key',
        EGERIA_SECRET_BEARER_TOKEN: 'bt',
        EGERIA_SECRET_TOKEN: 'tk',
      });
      expect(dataOf(args)).toEqual({
        class: 'ConnectionRequestBody',
        clearPassword: 'pw',
        securedProperties: { apiKey: 'key', 'bearer-token': 'bt' },
        configurationProperties: { token: 'tk', depth: 3 },
      });
    }
  });

  it('names secrets inside 5.3 generic property values by their property, keeping the value shape', () => {
    const body = {
      properties: toElementProperties({ qualifiedName: 'Coco:C', clearPassword: 'hunter2' }),
    };
    const { command, variables } = curlCommand(
      { method: 'POST', path: '/p', body: maskSecrets(body) },
      'v5',
    );
    expect(command).not.toContain('hunter2');
    expect(variables).toContain('EGERIA_SECRET_CLEAR_PASSWORD');
    const sent = JSON.stringify(
      dataOf(argsCurlWouldGet(command, { EGERIA_SECRET_CLEAR_PASSWORD: 'pw', EGERIA_URL: 'x' })),
    );
    expect(sent).toContain('"primitiveValue":"pw"');
    expect(sent).toContain('Coco:C');
  });

  it('copies several requests as one script that lists the variables to set first', () => {
    const script = curlScript(
      [
        { method: 'POST', path: '/a', body: { clearPassword: 'x' } },
        { method: 'POST', path: '/b' },
      ],
      'v6',
    );
    expect(script.split('\n')[0]).toBe(
      '# Set first: EGERIA_URL, EGERIA_TOKEN, EGERIA_SECRET_CLEAR_PASSWORD',
    );
    expect(script.match(/^curl /gm)).toHaveLength(2);
  });
});
