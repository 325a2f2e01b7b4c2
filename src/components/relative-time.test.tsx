import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tickingClocks } from '../lib/use-now';
import { RelativeTime } from './relative-time';

describe('RelativeTime', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('ages while the page stays open, every row from one clock that stops when nothing shows a time', () => {
    const value = '2026-11-27T09:59:00Z';
    const view = render(
      <ul>
        {Array.from({ length: 500 }, (_, i) => (
          <li key={i}>
            <RelativeTime value={value} />
          </li>
        ))}
      </ul>,
    );
    expect(tickingClocks()).toBe(1);
    expect(screen.getAllByText('1 minute ago')).toHaveLength(500);

    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getAllByText('3 minutes ago')).toHaveLength(500);

    view.unmount();
    expect(tickingClocks()).toBe(0);
  });

  it('shows the fallback without a value and the raw text when it is not a date', () => {
    render(
      <>
        <RelativeTime value={undefined} fallback={<span>never</span>} />
        <RelativeTime value="yesterday-ish" />
      </>,
    );
    expect(screen.getByText('never')).toBeInTheDocument();
    expect(screen.getByText('yesterday-ish')).toBeInTheDocument();
  });
});
