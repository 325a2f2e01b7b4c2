/**
 * Every daemon feed of the console server, created on first use and only for the daemons the
 * configuration names for each platform. Each feed polls through its platform's one upstream, in
 * the platform's dialect; on 6.x with the token of one of the signed-in users who watch it.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Dialect, DialectResolver } from '../dialect-detection';
import type { PlatformTarget } from '../platform-target';
import type { SessionStore } from '../session/session-store';
import { daemonStatusKey, type SharedReads } from '../shared-reads';
import type { DaemonStatus } from '../../egeria/model';
import { HistoryRecorder } from '../history/history-recorder';
import type { HistoryStore } from '../history/history-store';
import { DaemonFeed } from './daemon-feed';
import { FeedSignIns } from './feed-sign-ins';
import { EGERIA_CALL_MESSAGE } from '../egeria-call-log';
import { createStatusPoll, statusPath } from './status-poller';

export interface FeedSettings {
  /** How often each watched daemon is polled. */
  pollMs: number;
  /** How often while hurrying after an action (never faster than this). */
  fastPollMs: number;
  /** Longest a hurry lasts. */
  hurryMaxMs: number;
  /** Comment lines that keep idle streams open through proxies. */
  heartbeatMs: number;
}

export const DEFAULT_FEED_SETTINGS: FeedSettings = {
  pollMs: 5_000,
  fastPollMs: 1_000,
  hurryMaxMs: 30_000,
  heartbeatMs: 15_000,
};

/** Where the signed-in users' tokens are, and which platforms need them. */
export interface FeedAuth {
  sessions: SessionStore;
  dialects: DialectResolver;
}

export class FeedHub {
  private readonly feeds = new Map<string, DaemonFeed>();
  private readonly signIns = new Map<string, FeedSignIns>();

  constructor(
    private readonly targets: Map<string, PlatformTarget>,
    readonly settings: FeedSettings,
    private readonly history: HistoryStore | undefined,
    private readonly log: FastifyBaseLogger,
    readonly auth: FeedAuth,
    /** Shared with the daemon.status operation (see SharedReads). */
    private readonly statusShare?: SharedReads<DaemonStatus>,
  ) {}

  /** The platform's dialect: configured, or asked of the platform when configured `auto`. */
  async dialect(platformId: string): Promise<Dialect> {
    const detection = await this.auth.dialects.resolve(platformId);
    return (
      detection?.dialect ?? (this.targets.get(platformId)?.config.dialect === 'v6' ? 'v6' : 'v5')
    );
  }

  /** The sessions watching a daemon's feed (whose tokens a 6.x poll uses). */
  signInsOf(platformId: string, daemon: string): FeedSignIns | undefined {
    return this.signIns.get(`${platformId}\u0000${daemon}`);
  }

  /** The platform's target, when the platform is configured. */
  target(platformId: string): PlatformTarget | undefined {
    return this.targets.get(platformId);
  }

  platformIds(): string[] {
    return [...this.targets.keys()];
  }

  /** The feed of a configured daemon of a configured platform; undefined for anything else. */
  feed(platformId: string, daemon: string): DaemonFeed | undefined {
    const target = this.targets.get(platformId);
    if (!target || !target.config.daemons.includes(daemon)) return undefined;
    const key = `${platformId}\u0000${daemon}`;
    let feed = this.feeds.get(key);
    if (!feed) {
      const log = this.log.child({ platform: platformId, daemon });
      const poll = createStatusPoll(target, daemon, (record) =>
        log.info(record, EGERIA_CALL_MESSAGE),
      );
      const signIns = new FeedSignIns(platformId, this.auth.sessions);
      this.signIns.set(key, signIns);
      const sixRequest = `GET ${statusPath('v6', daemon, target.config.userId)}`;
      const recorder = this.history
        ? new HistoryRecorder(this.history, platformId, daemon)
        : undefined;
      let healthy = true;
      const pollOnce = async () => {
        const dialect = await this.dialect(platformId);
        return dialect === 'v6' ? signIns.poll(poll, sixRequest) : poll({ dialect });
      };
      const share = this.statusShare;
      const fastPollMs = Math.min(this.settings.fastPollMs, this.settings.pollMs);
      // Never a read as old as half the feed's fastest interval: each poll must be a new one.
      const maxAgeMs = fastPollMs / 2;
      feed = new DaemonFeed({
        poll: share
          ? () => share.read(daemonStatusKey(platformId, daemon), pollOnce, { maxAgeMs })
          : pollOnce,
        pollMs: this.settings.pollMs,
        fastPollMs,
        hurryMaxMs: this.settings.hurryMaxMs,
        onPoll: recorder
          ? (reports, polledAt) => {
              try {
                recorder.observe(reports, polledAt);
              } catch (error) {
                log.error({ err: error }, 'could not record status history');
              }
            }
          : undefined,
        onHealth: (ok, error, ms) => {
          // One line per change of health, not one per failing poll.
          if (ok && !healthy) log.warn({ ms }, 'daemon status readable again');
          if (!ok && healthy)
            log.warn(
              { ms, messageId: error?.messageId, text: error?.text },
              'daemon status poll failed',
            );
          if (ok) log.info({ ms }, 'daemon status poll');
          healthy = ok;
        },
      });
      this.feeds.set(key, feed);
    }
    return feed;
  }

  close(): void {
    for (const feed of this.feeds.values()) feed.close();
    this.feeds.clear();
    this.signIns.clear();
  }
}
