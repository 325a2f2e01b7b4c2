import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SharedReads', () => {
  it('joins a read under way and reuses one only while it is fresh', async () => {
    let now = 0;
    const reads = new SharedReads<string>(500, () => now);
    const first = deferred<string>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return loads === 1 ? first.promise : Promise.resolve(`read ${loads}`);
    };
    const a = reads.read('k', load);
    const b = reads.read('k', load);
    first.resolve('read 1');
    expect(await Promise.all([a, b])).toEqual(['read 1', 'read 1']);
    now = 499;
    expect(await reads.read('k', load)).toBe('read 1');
    // A caller that needs a younger one (a feed's poll) reads again.
    expect(await reads.read('k', load, { maxAgeMs: 100 })).toBe('read 2');
    now = 2_000;
    expect(await reads.read('k', load)).toBe('read 3');
    expect(await reads.read('other', load)).toBe('read 4');
    expect(loads).toBe(4);
  });

  it('does not share a failure: a caller whose joined read failed reads for itself', async () => {
    const reads = new SharedReads<string>(500);
    const failing = deferred<string>();
    const a = reads.read('k', () => failing.promise);
    const b = reads.read('k', () => Promise.resolve('own read'));
    failing.reject(new Error('token refused'));
    await expect(a).rejects.toThrow('token refused');
    expect(await b).toBe('own read');
  });

  it('lets a caller give up without cancelling the read the others wait for', async () => {
    const reads = new SharedReads<string>(500);
    const slow = deferred<string>();
    const controller = new AbortController();
    const gaveUp = reads.read('k', () => slow.promise, { signal: controller.signal });
    const waits = reads.read('k', () => Promise.resolve('never'));
    controller.abort(new Error('page left'));
    await expect(gaveUp).rejects.toThrow('page left');
    slow.resolve('status');
    expect(await waits).toBe('status');
  });
});
