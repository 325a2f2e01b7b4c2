/** Display formatting shared by every screen. Pure functions: no React, no locale state. */

/** `org.odpi.Foo$Bar` → `Bar`: the part of a Java class name a person recognises. */
export function shortClassName(className: string | undefined): string {
  if (!className) return '';
  const simple = className.slice(className.lastIndexOf('.') + 1);
  return simple.slice(simple.lastIndexOf('$') + 1);
}

/** "1 group", "12 groups", with the number grouped for the reader's locale. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}

/** Java constant names (`INITIALIZE_FAILED`) as words (`Initialize failed`). */
export function humanizeConstant(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Parses Egeria's ISO-8601 strings; `undefined` for absent or unreadable values. */
export function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** An absolute date and time in the reader's locale and time zone, or the raw text if unreadable. */
export function formatDateTime(value: string | undefined): string {
  const date = parseDate(value);
  if (!date) return value ?? '';
  return dateTimeFormat.format(date);
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago", "in 2 days": the largest unit that fits, relative to `now` (ms since epoch). */
export function formatRelativeTime(value: string | undefined, now: number): string {
  const date = parseDate(value);
  if (!date) return value ?? '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  // Up to a minute ahead is clock skew between Egeria and the browser (or a clock that ticks
  // coarser than the data arrives), not the future.
  if (abs < 10 || (seconds > 0 && seconds < 60)) return 'just now';
  for (const [unit, size] of RELATIVE_UNITS) {
    if (abs >= size || unit === 'second') {
      return relativeFormat.format(Math.trunc(seconds / size), unit);
    }
  }
  return relativeFormat.format(seconds, 'second');
}

/** The message of anything thrown, for places that have room for one line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** At most `max` characters, ending in "…" when cut. */
export function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** "12 groups" when nothing is filtered out, "3 of 12 match" when a filter is on. */
export function formatMatchCount(
  shown: number,
  total: number,
  filtered: boolean,
  singular: string,
): string {
  return filtered
    ? `${shown.toLocaleString()} of ${total.toLocaleString()} match`
    : formatCount(total, singular);
}
