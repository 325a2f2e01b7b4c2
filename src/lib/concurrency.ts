/**
 * A limit on how many tasks run at once. Used where a screen would otherwise fire one request per
 * row at a platform that serves every other user too.
 */
export interface ConcurrencyLimiter {
  /** Runs `task` when a slot is free. A task whose signal aborts while it waits never starts. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
  let active = 0;
  const queue: (() => void)[] = [];

  function release(): void {
    active -= 1;
    queue.shift()?.();
  }

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    run(task, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          // A row scrolled away or the page changed: drop the request before it is ever sent.
          const index = queue.indexOf(start);
          if (index >= 0) queue.splice(index, 1);
          if (signal) reject(abortError(signal));
        };
        function start(): void {
          signal?.removeEventListener('abort', onAbort);
          active += 1;
          task().then(resolve, reject).finally(release);
        }
        if (active < limit) {
          start();
        } else {
          queue.push(start);
          signal?.addEventListener('abort', onAbort, { once: true });
        }
      });
    },
  };
}
