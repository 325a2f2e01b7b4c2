/**
 * Every daemon feed of the console server, created on first use and only for the daemons the
 * configuration names for each platform. Each feed polls through its platform's one upstream.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ProxyTarget } from '../proxy';
import { HistoryRecorder } from '../history/history-recorder';
import type { HistoryStore } from '../history/history-store';
import { DaemonFeed } from './daemon-feed';
import { createStatusPoll } from './status-poller';

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

export class FeedHub {
  private readonly feeds = new Map<string, DaemonFeed>();

  constructor(
    private readonly targets: Map<string, ProxyTarget>,
    readonly settings: FeedSettings,
    private readonly history: HistoryStore | undefined,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** The platform's target, when the platform is configured. */
  target(platformId: string): ProxyTarget | undefined {
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
      const poll = createStatusPoll(target, daemon);
      const recorder = this.history
        ? new HistoryRecorder(this.history, platformId, daemon)
        : undefined;
      const log = this.log.child({ platform: platformId, daemon });
      let healthy = true;
      feed = new DaemonFeed({
        poll: () => poll(),
        pollMs: this.settings.pollMs,
        fastPollMs: Math.min(this.settings.fastPollMs, this.settings.pollMs),
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
  }
}
