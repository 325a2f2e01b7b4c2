import type { ReactNode } from 'react';

export type BannerTone = 'info' | 'success' | 'warning' | 'error';

const TONES: Record<BannerTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  success: 'border-green-300 bg-green-50 text-green-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-950',
};

const SYMBOLS: Record<BannerTone, string> = { info: 'ℹ', success: '✓', warning: '⚠', error: '✕' };

export interface BannerProps {
  tone: BannerTone;
  children: ReactNode;
  /** Buttons or links shown at the end of the banner. */
  actions?: ReactNode;
  className?: string;
}

/**
 * A full-width message. Errors are alerts (announced at once); the other tones are polite
 * status messages so they do not interrupt.
 */
export function Banner({ tone, children, actions, className = '' }: BannerProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex flex-wrap items-center gap-3 border px-4 py-2 text-sm ${TONES[tone]} ${className}`}
    >
      <span aria-hidden="true" className="font-bold">
        {SYMBOLS[tone]}
      </span>
      <div className="min-w-0 flex-1">{children}</div>
      {actions ? <div className="flex gap-2">{actions}</div> : null}
    </div>
  );
}
