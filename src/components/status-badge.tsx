import { humanizeConstant } from '../lib/format';

type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

const TONE_CLASSES: Record<Tone, string> = {
  success: 'bg-green-50 text-green-800 ring-green-600/40',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/40',
  warning: 'bg-amber-50 text-amber-900 ring-amber-600/40',
  danger: 'bg-red-50 text-red-800 ring-red-600/40',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/40',
};

// Each tone also has its own symbol, so the status never depends on telling colours apart.
const STATUS_LOOK: Record<string, { tone: Tone; symbol: string }> = {
  RUNNING: { tone: 'success', symbol: '●' },
  REFRESHING: { tone: 'info', symbol: '↻' },
  INITIALIZED: { tone: 'info', symbol: '○' },
  CONFIGURING: { tone: 'info', symbol: '○' },
  ASSIGNED: { tone: 'neutral', symbol: '○' },
  WAITING: { tone: 'warning', symbol: '◐' },
  STOPPED: { tone: 'neutral', symbol: '■' },
  SHUTDOWN: { tone: 'neutral', symbol: '■' },
  DISABLED: { tone: 'neutral', symbol: '■' },
  NOT_RUNNING: { tone: 'neutral', symbol: '–' },
  FAILED: { tone: 'danger', symbol: '✕' },
  INITIALIZE_FAILED: { tone: 'danger', symbol: '✕' },
  CONFIG_FAILED: { tone: 'danger', symbol: '✕' },
};

const UNKNOWN_LOOK = { tone: 'neutral' as Tone, symbol: '?' };

export interface StatusBadgeProps {
  /** An Egeria connector or group status (`RUNNING`, `CONFIG_FAILED`, …); unknown values still show. */
  status: string | undefined;
  /** Text to show instead of the humanised status. */
  label?: string;
  /** Extra context for the tooltip, e.g. which daemon reported the status. */
  detail?: string;
}

/** A status as colour, symbol and words together; the raw Egeria value is in the tooltip. */
export function StatusBadge({ status, label, detail }: StatusBadgeProps) {
  const look = (status && STATUS_LOOK[status]) || UNKNOWN_LOOK;
  const text = label ?? (status ? humanizeConstant(status) : 'Unknown');
  const title = [status, detail].filter(Boolean).join(' — ') || undefined;
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[look.tone]}`}
      title={title}
      data-status={status ?? 'UNKNOWN'}
    >
      <span aria-hidden="true">{look.symbol}</span>
      {text}
    </span>
  );
}
