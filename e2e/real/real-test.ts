/**
 * The Playwright `test` for walks on real Egeria platforms (e2e/real): one console per worker,
 * configured as the README says for the platform of the Playwright project and without its
 * sandbox, signed in on 6.1, and a record of every failed call on the way: each /api/ops answer
 * that carries an error, and each upstream Egeria call (from the console server's log) with an
 * HTTP status ≥ 400 or a relatedHTTPCode other than 200. A test fails on any failed call it
 * did not declare with `expectFailedCalls` (each with its reason).
 */
import { writeFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startConsole, type ConsoleProcess } from '../fixtures/console-process';
import { realPlatformsFromEnv, writeConsoleConfig, type RealPlatform } from './real-platforms';

export interface RealOptions {
  /** The platform the Playwright project walks: 'real53' or 'real61'. */
  realPlatformId: RealPlatform['id'];
}

/** A failed call: `ops POST /api/ops/… 404 CONSOLE-…` or `egeria POST /servers/… 200/404`. */
export type FailedCall = string;

interface RealWorker extends RealOptions {
  platform: RealPlatform;
  realConsole: ConsoleProcess & { failedUpstream: FailedCall[]; log: string[] };
}
interface RealFixtures {
  failedCalls: FailedCall[];
  /** Declares the failed calls a test expects (patterns matched against FailedCall lines). */
  expectFailedCalls: (patterns: { pattern: RegExp; why: string }[]) => void;
}

interface CallLogLine {
  msg?: string;
  platform?: string;
  upstream?: string;
  status?: number;
  relatedHTTPCode?: number;
}

function failedUpstream(line: string): FailedCall | undefined {
  if (!line.startsWith('{')) return undefined;
  let record: CallLogLine;
  try {
    record = JSON.parse(line) as CallLogLine;
  } catch {
    return undefined;
  }
  if (record.msg !== 'egeria call' || record.status === undefined) return undefined;
  const related = record.relatedHTTPCode ?? 200;
  if (record.status < 400 && related === 200) return undefined;
  return `egeria ${record.upstream} ${record.status}/${related}`;
}

/** Each /api/ops answer with an error, as `ops <operation> <status> <messageId>`. */
function recordOpsErrors(page: Page, into: FailedCall[]) {
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/ops/') || response.status() < 400) return;
    void response
      .json()
      .then((body: { error?: { messageId?: string } }) => body.error?.messageId ?? '')
      .catch(() => '(no JSON body)')
      .then((id) => into.push(`ops ${url.pathname} ${response.status()} ${id}`));
  });
}

export const test = base.extend<RealFixtures, RealWorker>({
  realPlatformId: ['real61', { scope: 'worker', option: true }],
  platform: [
    async ({ realPlatformId }, use) => {
      const platform = realPlatformsFromEnv().find((p) => p.id === realPlatformId);
      if (!platform) throw new Error(`no real platform ${realPlatformId} named by the environment`);
      await use(platform);
    },
    { scope: 'worker' },
  ],
  realConsole: [
    async ({ platform }, use) => {
      const failed: FailedCall[] = [];
      const log: string[] = [];
      const app = await startConsole({
        sandbox: false,
        env: { CONSOLE_CONFIG: writeConsoleConfig([platform]), LOG_LEVEL: 'info' },
        onLine: (line) => {
          log.push(line);
          const call = failedUpstream(line);
          if (call) failed.push(call);
        },
      });
      await use({ ...app, failedUpstream: failed, log });
      await app.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ realConsole }, use) => use(realConsole.url),
  context: async ({ context, platform, baseURL }, use) => {
    if (platform.password) {
      const response = await context.request.post(`${baseURL}/api/session/${platform.id}`, {
        headers: { 'x-egeria-console': '1' },
        data: { userId: platform.userId, password: platform.password },
      });
      expect(response.ok(), `sign-in to ${platform.id}`).toBe(true);
    }
    await use(context);
  },
  failedCalls: [
    async ({ page, realConsole }, use, testInfo) => {
      const failed: FailedCall[] = [];
      const upstreamBefore = realConsole.failedUpstream.length;
      const logBefore = realConsole.log.length;
      recordOpsErrors(page, failed);
      await use(failed);
      failed.push(...realConsole.failedUpstream.slice(upstreamBefore));
      const expected = testInfo.annotations
        .filter((a) => a.type === 'expected-failed-call')
        .map((a) => new RegExp(a.description?.split('\n')[0] ?? ''));
      // The server's log of the walk (requests and Egeria calls; never a body or a token).
      writeFileSync(
        testInfo.outputPath('console-log.jsonl'),
        realConsole.log.slice(logBefore).join('\n'),
      );
      writeFileSync(testInfo.outputPath('failed-calls.json'), JSON.stringify(failed, null, 2));
      const unexpected = failed.filter((call) => !expected.some((re) => re.test(call)));
      expect(unexpected, 'failed calls on the way that the walk did not expect').toEqual([]);
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern
  expectFailedCalls: async ({}, use, testInfo) => {
    await use((patterns) => {
      for (const { pattern, why } of patterns)
        testInfo.annotations.push({
          type: 'expected-failed-call',
          description: `${pattern.source}\n${why}`,
        });
    });
  },
});

export { expect };
