/**
 * The status feed over real HTTP against the sandbox speaking Egeria 6.x, where every daemon call
 * needs a bearer token: the feed polls with the token of one of the signed-in users watching it,
 * still once per interval; turns to another watcher's token when the platform refuses one; asks
 * watchers who are not (or no longer) signed in to sign in; and never lets a token out.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaleEvent } from '../../egeria/status-feed-protocol';
import {
  HistoryResponseSchema,
  SnapshotEventSchema,
  StaleEventSchema,
} from '../../egeria/status-feed-schemas';
import { DEMO } from '../../sandbox/seed/demo-estate';
import { readCookie, SESSION_COOKIE } from '../session/cookies';
import { SessionStore } from '../session/session-store';
import { DAEMON, feedOverHttp, fromConsole, POLL_MS } from './feed-http-fixture';
import { pollEvents, until, type SseClient } from './sse-test-client';

const SIGN_IN_MESSAGE_ID = 'CONSOLE-AUTH-401-001';
const USER = { userId: 'garygeeke', password: 'secret' };

describe('status feed over HTTP on Egeria 6.x', () => {
  const sessions = new SessionStore();
  const logs: string[] = [];
  const feed = feedOverHttp({
    dialect: 'v6',
    statusRoute: 'GET /servers/:daemon/open-metadata/integration-daemon/status',
    server: {
      sessions,
      logger: { level: 'trace', stream: { write: (line: string) => logs.push(line) } },
    },
  });
  const { control, statusCalls } = feed;
  const liveTokens = async () =>
    ((await control('GET', '/tokens'))['tokens'] as Array<{ token: string }>).map((t) => t.token);

  /** Signs in to the console (a new browser each time) and returns its session cookie. */
  const signIn = async (): Promise<string> => {
    const res = await fetch(`${feed.base}/api/session/sandbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromConsole },
      body: JSON.stringify(USER),
    });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  /** The token the console server keeps for a browser (tests only: it never leaves the server). */
  const tokenOf = (cookie: string) =>
    sessions.get(readCookie(cookie, SESSION_COOKIE))?.platforms.get('sandbox')?.token;
  const open = (cookie?: string) => feed.open({ ...fromConsole, ...(cookie ? { cookie } : {}) });
  const staleEvents = (client: SseClient): StaleEvent[] =>
    client.events.filter((e) => e.event === 'stale').map((e) => StaleEventSchema.parse(e.data));
  /** The client keeps being fed: three more polls reach it, none stale, and its stream stays open. */
  const expectStillFed = async (client: SseClient, what: string) => {
    const seen = pollEvents(client).length;
    await until(() => pollEvents(client).length >= seen + 3, 5_000, what);
    expect(staleEvents(client)).toEqual([]);
    expect(client.ended).toBe(false);
  };

  beforeEach(async () => {
    await control('POST', '/reset');
  });

  it('makes exactly one upstream status call per interval for 20 clients of 3 signed-in users', async () => {
    const cookies = [await signIn(), await signIn(), await signIn()];
    const many = Array.from({ length: 20 }, (_, i) => open(cookies[i % 3]));
    await until(() => many.every((c) => pollEvents(c).length >= 1), 10_000, 'first snapshots');
    const snapshot = SnapshotEventSchema.parse(many[0]!.events[0]!.data);
    expect(snapshot.reports.map((r) => r.connectorName)).toContain(DEMO.connectors.failed);
    await feed.expectOneCallPerInterval(many);
    for (const client of many) expect(staleEvents(client)).toEqual([]);
  }, 30_000);

  it('asks a watcher who is not signed in to sign in, ends its stream and calls nobody', async () => {
    await control('POST', '/stats/reset');
    const stranger = open();
    await until(() => stranger.ended, 5_000, 'the stream to end');
    expect(await stranger.status).toBe(200);
    expect(pollEvents(stranger)).toEqual([]);
    const [stale] = staleEvents(stranger);
    expect(stale?.error).toMatchObject({
      messageId: SIGN_IN_MESSAGE_ID,
      text: 'Sign in to platform sandbox to continue: you are not signed in to it',
      parameters: ['sandbox'],
      httpStatus: 401,
    });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
    expect(await statusCalls()).toBe(0);

    // The history and the hurry need the sign-in too.
    const history = await fetch(
      `${feed.base}/api/history/sandbox/${DAEMON}/${encodeURIComponent(DEMO.connectors.failed)}`,
      { headers: fromConsole },
    );
    expect(history.status).toBe(401);
    expect(await history.json()).toMatchObject({ exceptionErrorMessageId: SIGN_IN_MESSAGE_ID });
    const hurry = await fetch(`${feed.base}/api/feed/sandbox/${DAEMON}/hurry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromConsole },
      body: JSON.stringify({ connectorNames: [] }),
    });
    expect(hurry.status).toBe(401);
  }, 30_000);

  it('polls with another watcher’s token when the platform refuses the one in use', async () => {
    const first = await signIn();
    const second = await signIn();
    const a = open(first);
    await until(() => pollEvents(a).length >= 1, 10_000, 'first snapshot');
    const b = open(second);
    await until(() => pollEvents(b).length >= 1, 10_000, 'second snapshot');

    // The first user's token (the one the feed has used from the start) ends on the platform.
    const logout = await fetch(`${feed.sandbox.url}/api/token/logout`, {
      headers: { authorization: `Bearer ${tokenOf(first)}` },
    });
    expect(logout.status).toBe(200);

    await until(() => a.ended, 5_000, 'the first stream to end');
    expect(staleEvents(a).map((s) => s.error.text)).toEqual([
      'Sign in to platform sandbox again: it no longer accepts your sign-in',
    ]);
    // The first user is told to sign in again, in the screens as in the proxy…
    const info = await fetch(`${feed.base}/api/session/sandbox`, { headers: { cookie: first } });
    expect(await info.json()).toMatchObject({ signedIn: false, expired: true });
    // …while the second keeps getting the status, polled with its own token, and never stale.
    await expectStillFed(b, 'polls with the second token');
  }, 30_000);

  it('ends the stream of a user who signs out, and keeps feeding another', async () => {
    const leaving = await signIn();
    const staying = await signIn();
    const a = open(leaving);
    const b = open(staying);
    await until(() => [a, b].every((c) => pollEvents(c).length >= 1), 10_000, 'snapshots');

    const signOut = await fetch(`${feed.base}/api/session/sandbox`, {
      method: 'DELETE',
      headers: { cookie: leaving, ...fromConsole },
    });
    expect(signOut.status).toBe(200);

    await until(() => a.ended, 5_000, 'the signed-out stream to end');
    expect(staleEvents(a).map((s) => s.error.text)).toEqual([
      'Sign in to platform sandbox to continue: you are not signed in to it',
    ]);
    await expectStillFed(b, 'polls for the other user');
  }, 30_000);

  it('asks every watcher to sign in again when no token is accepted, and feeds them once they have', async () => {
    const cookies = [await signIn(), await signIn()];
    const watchers = cookies.map((cookie) => open(cookie));
    await until(() => watchers.every((c) => pollEvents(c).length >= 1), 10_000, 'snapshots');

    await control('POST', '/tokens/expire');
    await until(() => watchers.every((c) => c.ended), 5_000, 'every stream to end');
    for (const watcher of watchers)
      expect(staleEvents(watcher).map((s) => [s.error.messageId, s.error.parameters])).toEqual([
        [SIGN_IN_MESSAGE_ID, ['sandbox']],
      ]);
    // Nobody signed in watches: the feed stops calling the platform.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await control('POST', '/stats/reset');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
    expect(await statusCalls()).toBe(0);

    // Signed in again (same browser): the reopened stream starts with the status, not the refusal.
    const again = await fetch(`${feed.base}/api/session/sandbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[0]!, ...fromConsole },
      body: JSON.stringify(USER),
    });
    expect(again.status).toBe(200);
    // The sign-in gave the browser a new cookie; the old one names nothing any more.
    const renewed = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(renewed).not.toBe(cookies[0]);
    const reopened = open(renewed);
    await until(() => pollEvents(reopened).length >= 2, 10_000, 'snapshot and a poll');
    expect(reopened.events[0]?.event).toBe('snapshot');
    expect(staleEvents(reopened)).toEqual([]);
  }, 30_000);

  it('records history and hurries for signed-in watchers', async () => {
    const cookie = await signIn();
    // Someone watches the daemon: its feed polls, records and hurries.
    open(cookie);
    const url = `${feed.base}/api/history/sandbox/${DAEMON}/${encodeURIComponent(DEMO.connectors.inTwoGroups)}`;
    const read = async () =>
      HistoryResponseSchema.parse(
        await (await fetch(url, { headers: { cookie, ...fromConsole } })).json(),
      );
    // Generous: under the full parallel suite on two cores a poll can wait for seconds.
    const readUntil = async (status: string) => {
      const deadline = Date.now() + 20_000;
      let history = await read();
      while (!history.entries.some((e) => e.status === status)) {
        if (Date.now() > deadline) throw new Error(`No ${status} entry in the history after 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        history = await read();
      }
      return history;
    };
    // The reset restarted the daemon: its connectors start again before they run.
    await readUntil('RUNNING');
    await control('POST', `/connectors/${DEMO.connectors.inTwoGroups}/fail`, {
      message: 'Connection refused',
    });
    const hurry = await fetch(`${feed.base}/api/feed/sandbox/${DAEMON}/hurry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...fromConsole },
      body: JSON.stringify({ connectorNames: [DEMO.connectors.inTwoGroups] }),
    });
    expect(hurry.status).toBe(202);
    expect(await hurry.json()).toEqual({ hurrying: true, watchers: 1 });

    const history = await readUntil('FAILED');
    expect(history.entries.find((e) => e.status === 'FAILED')).toMatchObject({
      previousStatus: 'RUNNING',
      failingExceptionMessage: 'Connection refused',
      groupName: DEMO.groups.clinicalTrials,
    });
  }, 60_000);

  it('never logs a token nor sends one to a watcher', async () => {
    const cookie = await signIn();
    const client = open(cookie);
    await until(() => pollEvents(client).length >= 2, 10_000, 'snapshot and a poll');
    // Every token the platform has issued and still honours, the one the feed uses among them.
    const used = tokenOf(cookie);
    const tokens = await liveTokens();
    expect(used).toBeTruthy();
    expect(tokens).toContain(used);
    await control('POST', '/tokens/expire');
    await until(() => client.ended, 5_000, 'the stream to end');
    expect(tokenOf(cookie)).toBeUndefined();
    expect(logs.some((line) => line.includes('daemon status poll'))).toBe(true);
    expect(logs.some((line) => line.includes('daemon status poll failed'))).toBe(true);
    for (const token of tokens) {
      expect(client.raw).not.toContain(token);
      for (const line of logs) expect(line).not.toContain(token);
    }
    expect(logs.join('\n')).not.toMatch(/Bearer [A-Za-z0-9]/);
    expect(client.raw).not.toMatch(/Bearer|authorization/i);
  }, 30_000);
});
