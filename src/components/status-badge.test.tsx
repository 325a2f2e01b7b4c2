import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it.each([
    ['RUNNING', 'Running', '●'],
    ['FAILED', 'Failed', '✕'],
    ['CONFIG_FAILED', 'Config failed', '✕'],
    ['WAITING', 'Waiting', '◐'],
    ['STOPPED', 'Stopped', '■'],
  ])('shows %s as words and a symbol, not colour alone', (status, text, symbol) => {
    render(<StatusBadge status={status} detail="in daemon d1" />);
    const badge = screen.getByText(text);
    expect(badge).toHaveAttribute('title', `${status} — in daemon d1`);
    expect(badge).toHaveTextContent(`${symbol}${text}`);
    expect(screen.getByText(symbol)).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows statuses it does not know, and a missing one as Unknown', () => {
    const { rerender } = render(<StatusBadge status="SOMETHING_NEW" />);
    expect(screen.getByText('Something new')).toBeInTheDocument();
    rerender(<StatusBadge status={undefined} />);
    expect(screen.getByText('Unknown')).toBeInTheDocument();
  });
});
