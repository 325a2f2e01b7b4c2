/** A configured platform with the one HTTP client the console server uses to reach it. */
import type { PlatformConfig } from './config';
import type { Upstream } from './upstream';

export interface PlatformTarget {
  config: PlatformConfig;
  upstream: Upstream;
}
