import type { ReactNode } from 'react';
import { formatDateTime, formatRelativeTime, parseDate } from '../lib/format';
import { useNow } from '../lib/use-now';

export interface RelativeTimeProps {
  /** An ISO-8601 timestamp as Egeria sends it. */
  value: string | undefined;
  /** Shown when there is no value. */
  fallback?: ReactNode;
}

/**
 * "3 minutes ago", with the absolute local time in the tooltip and machine-readable `dateTime`;
 * every instance reads the page's one shared clock.
 */
export function RelativeTime({ value, fallback = '—' }: RelativeTimeProps) {
  const now = useNow();
  const date = parseDate(value);
  if (!value) return <>{fallback}</>;
  if (!date) return <>{value}</>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(value)}>
      {formatRelativeTime(value, now)}
    </time>
  );
}

/** An absolute local date and time, with the raw value in the tooltip. */
export function DateTime({ value, fallback = '—' }: RelativeTimeProps) {
  const date = parseDate(value);
  if (!value) return <>{fallback}</>;
  if (!date) return <>{value}</>;
  return (
    <time dateTime={date.toISOString()} title={value}>
      {formatDateTime(value)}
    </time>
  );
}
