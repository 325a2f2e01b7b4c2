/**
 * On a platform that needs sign-in (Egeria 6.x) the shared status feed of a daemon has no token of
 * its own: it polls with the token of one of the users who watch it. This keeps, per feed, the
 * sessions subscribed to it, and runs each poll with their tokens: the one that worked last, and
 * only when the platform refuses it (401) the next one — so a poll is still one upstream call.
 * A refused sign-in ends, as it does in the proxy. When no watcher's token is accepted, the poll
 * fails with the console's sign-in message (CONSOLE-AUTH-401-001), so the screens ask to sign in.
 * Tokens stay in the session store: none is kept here, logged or put in an error.
 */
import type { DaemonStatus } from '../../egeria/model';
import type { FeedError } from '../../egeria/status-feed-protocol';
import { CONSOLE_MESSAGES } from '../console-errors';
import type { PlatformSignIn, SessionStore } from '../session/session-store';
import { feedErrorFromConsole, PollFailure } from './feed-errors';
import { TokenRefused, type StatusPoll } from './status-poller';

/** The console's "sign in (again)" message as a feed error; `ended` when a sign-in was refused. */
export function signInFeedError(platformId: string, ended: boolean, request: string): FeedError {
  return feedErrorFromConsole(
    ended ? CONSOLE_MESSAGES.signInExpired : CONSOLE_MESSAGES.signInRequired,
    [platformId],
    request,
  );
}

export const isSignInFeedError = (error: FeedError): boolean =>
  error.messageId === CONSOLE_MESSAGES.signInRequired.id;

export class FeedSignIns {
  /** Session id → how many of its streams watch the feed (one browser may have several tabs). */
  private readonly watchers = new Map<string, number>();
  /** The session whose token the last successful poll used. */
  private preferred: string | undefined;

  constructor(
    private readonly platformId: string,
    private readonly sessions: SessionStore,
  ) {}

  /** Counts one stream of this session; the function returned forgets it. */
  add(sessionId: string): () => void {
    this.watchers.set(sessionId, (this.watchers.get(sessionId) ?? 0) + 1);
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      const left = (this.watchers.get(sessionId) ?? 1) - 1;
      if (left > 0) this.watchers.set(sessionId, left);
      else this.watchers.delete(sessionId);
    };
  }

  /** How many sessions watch the feed. */
  get size(): number {
    return this.watchers.size;
  }

  /** The session's sign-in to this platform, if any (its token may have ended). */
  signInOf(sessionId: string | undefined): PlatformSignIn | undefined {
    return this.sessions.peek(sessionId)?.platforms.get(this.platformId);
  }

  /** One poll with a watcher's token; a PollFailure with the sign-in message when none is accepted. */
  async poll(poll: StatusPoll, request: string): Promise<DaemonStatus> {
    const order = [...this.watchers.keys()];
    if (this.preferred && this.watchers.has(this.preferred))
      order.sort((a, b) => Number(b === this.preferred) - Number(a === this.preferred));
    let refused = false;
    for (const sessionId of order) {
      const signIn = this.signInOf(sessionId);
      const token = signIn?.token;
      if (!signIn || !token) continue;
      try {
        const status = await poll({ dialect: 'v6', token });
        this.preferred = sessionId;
        return status;
      } catch (error) {
        if (!(error instanceof TokenRefused)) throw error;
        // Expired, logged out, or the platform restarted: this user must sign in again.
        if (signIn.token === token) signIn.token = undefined;
        refused = true;
      }
    }
    throw new PollFailure(signInFeedError(this.platformId, refused, request));
  }
}
