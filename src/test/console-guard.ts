/**
 * Fails a test when React, the router or anything else logs an error or warning (missing keys,
 * act() warnings, router misconfiguration). Call once at the top of a test file.
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

export function failOnConsoleOutput(): void {
  let error: MockInstance<typeof console.error>;
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    error = vi.spyOn(console, 'error');
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    const calls = [...error.mock.calls, ...warn.mock.calls].map((args) =>
      args.map(String).join(' '),
    );
    error.mockRestore();
    warn.mockRestore();
    expect(calls, 'console output during the test').toEqual([]);
  });
}
