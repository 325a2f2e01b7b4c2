import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMatchCount,
  formatRelativeTime,
  humanizeConstant,
  shortClassName,
  truncateText,
} from './format';

describe('format', () => {
  it('shortens Java class names to the simple name', () => {
    expect(
      shortClassName(
        'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
      ),
    ).toBe('DataFilesMonitorIntegrationProvider');
    expect(shortClassName('com.example.Outer$Inner')).toBe('Inner');
    expect(shortClassName('Plain')).toBe('Plain');
    expect(shortClassName(undefined)).toBe('');
  });

  it('counts in words', () => {
    expect(formatCount(0, 'group')).toBe('0 groups');
    expect(formatCount(1, 'group')).toBe('1 group');
    expect(formatCount(12, 'group')).toBe('12 groups');
  });

  it('says how many match only when a filter is on', () => {
    expect(formatMatchCount(12, 12, false, 'group')).toBe('12 groups');
    expect(formatMatchCount(3, 12, true, 'group')).toBe('3 of 12 match');
  });

  it('turns Java constants into words', () => {
    expect(humanizeConstant('INITIALIZE_FAILED')).toBe('Initialize failed');
    expect(humanizeConstant('RUNNING')).toBe('Running');
  });

  it('says how long ago, in the largest unit that fits', () => {
    const now = Date.parse('2025-05-20T10:30:00.000+00:00');
    expect(formatRelativeTime('2025-05-20T10:29:58.000+00:00', now)).toBe('just now');
    expect(formatRelativeTime('2025-05-20T10:27:00.000+00:00', now)).toMatch(/3 minutes ago/);
    expect(formatRelativeTime('2025-05-18T10:30:00.000+00:00', now)).toMatch(/2 days ago/);
    expect(formatRelativeTime('2025-05-20T10:30:25.000+00:00', now)).toBe('just now');
    expect(formatRelativeTime('2025-05-20T12:30:00.000+00:00', now)).toMatch(/in 2 hours/);
    expect(formatRelativeTime('not a date', now)).toBe('not a date');
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('a longer message', 8)).toBe('a longe…');
  });
});
