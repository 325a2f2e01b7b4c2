/**
 * One timer for every simulated connector: a min-heap of due times, and a single setTimeout armed
 * for the earliest. Thousands of idle connectors cost nothing between their refreshes, and moving
 * the clock forward (control API) runs whatever has come due.
 */
import type { Clock } from '../util/time';

export interface ScheduledTask {
  readonly due: number;
  cancelled: boolean;
}

interface Entry extends ScheduledTask {
  seq: number;
  run: () => void;
}

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export class Scheduler {
  private heap: Entry[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Real time (Date.now) at which the armed timer fires; the clock's offset can jump meanwhile. */
  private firesAt = Infinity;
  private seq = 0;
  private stopped = false;
  private running = false;
  /** While a task runs: its due time, so what it schedules chains from when it was due. */
  private logicalNow: number | undefined;
  /** Tasks run so far (for the CPU measurement and tests). */
  executed = 0;

  constructor(private readonly clock: Clock) {}

  get size(): number {
    return this.heap.length;
  }

  /**
   * The simulation's time: the due time of the task being run, else the clock. After the clock
   * jumps forward, a chain of tasks (refresh start, refresh end, next refresh) therefore keeps its
   * spacing instead of bunching at the moment of the jump.
   */
  now(): number {
    return this.logicalNow ?? this.clock.now();
  }

  /** Runs `run` once, `delayMs` from now on the simulation's time. */
  schedule(delayMs: number, run: () => void): ScheduledTask {
    const entry: Entry = {
      due: this.now() + Math.max(0, delayMs),
      cancelled: false,
      seq: this.seq++,
      run,
    };
    this.push(entry);
    if (!this.running) this.arm();
    return entry;
  }

  cancel(task: ScheduledTask | undefined): void {
    if (task) task.cancelled = true;
  }

  /** Runs every task that is due now (called by the timer, and after the clock moves). */
  runDue(): void {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const top = this.heap[0];
        if (!top || top.due > this.clock.now()) break;
        this.pop();
        if (top.cancelled) continue;
        this.executed++;
        this.logicalNow = top.due;
        try {
          top.run();
        } catch (error) {
          console.error(
            'sandbox scheduler task failed:',
            error instanceof Error ? error.message : error,
          );
        } finally {
          this.logicalNow = undefined;
        }
      }
    } finally {
      this.running = false;
    }
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.heap = [];
  }

  private arm(): void {
    if (this.stopped) return;
    while (this.heap[0]?.cancelled) this.pop();
    const top = this.heap[0];
    if (!top) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.firesAt = Infinity;
      return;
    }
    const delay = Math.min(MAX_TIMEOUT_MS, Math.max(0, top.due - this.clock.now()));
    const firesAt = Date.now() + delay;
    if (this.timer && this.firesAt <= firesAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.firesAt = firesAt;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firesAt = Infinity;
      this.runDue();
    }, delay);
    // The listeners keep the process alive; the simulation alone should not.
    this.timer.unref();
  }

  // ------------------------------------------------------------------------------ binary heap

  private less(a: Entry, b: Entry): boolean {
    return a.due < b.due || (a.due === b.due && a.seq < b.seq);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Entry;
      if (!this.less(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      let candidate: Entry = last;
      const l = heap[left];
      if (left < heap.length && l && this.less(l, candidate)) {
        smallest = left;
        candidate = l;
      }
      const r = heap[right];
      if (right < heap.length && r && this.less(r, candidate)) {
        smallest = right;
      }
      if (smallest === i) break;
      heap[i] = heap[smallest] as Entry;
      i = smallest;
    }
    heap[i] = last;
    return top;
  }
}
