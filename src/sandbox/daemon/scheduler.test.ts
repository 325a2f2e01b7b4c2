import { afterEach, describe, expect, it } from 'vitest';
import { Clock } from '../util/time';
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  const schedulers: Scheduler[] = [];
  afterEach(() => schedulers.splice(0).forEach((s) => s.stop()));
  const make = () => {
    const clock = new Clock();
    const scheduler = new Scheduler(clock);
    schedulers.push(scheduler);
    return { clock, scheduler };
  };

  it('runs tasks in due order when the clock moves, skipping cancelled ones', () => {
    const { clock, scheduler } = make();
    const ran: string[] = [];
    scheduler.schedule(3_000, () => ran.push('c'));
    scheduler.schedule(1_000, () => ran.push('a'));
    const cancelled = scheduler.schedule(2_000, () => ran.push('cancelled'));
    scheduler.schedule(2_000, () => ran.push('b'));
    scheduler.cancel(cancelled);
    clock.advance(2_500);
    scheduler.runDue();
    expect(ran).toEqual(['a', 'b']);
    clock.advance(1_000);
    scheduler.runDue();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(scheduler.size).toBe(0);
  });

  it('fires on its single timer in real time', async () => {
    const { scheduler } = make();
    const fired = await new Promise<number>((resolve) => {
      const started = Date.now();
      scheduler.schedule(20, () => resolve(Date.now() - started));
    });
    expect(fired).toBeGreaterThanOrEqual(15);
  });

  it('keeps thousands of pending tasks in one heap, in order', () => {
    const { clock, scheduler } = make();
    const ran: number[] = [];
    const delays = Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 10_000);
    for (const d of delays) {
      const task = scheduler.schedule(d, () => ran.push(task.due));
    }
    clock.advance(11_000);
    scheduler.runDue();
    expect(ran).toHaveLength(5_000);
    expect(ran).toEqual([...ran].sort((a, b) => a - b));
  });
});
