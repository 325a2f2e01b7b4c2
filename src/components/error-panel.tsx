import type { ReactNode } from 'react';
import { EgeriaError } from '../egeria/errors';
import { shortClassName } from '../lib/format';
import { Button } from './button';

export interface ErrorPanelProps {
  error: unknown;
  /** What failed, in the user's words: "Could not load the integration groups". */
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Extra actions (links back, etc.). */
  children?: ReactNode;
  /** `h1` when the panel is the whole page. */
  headingLevel?: 'h1' | 'h2' | 'h3';
}

function describeStatus(error: EgeriaError): string | undefined {
  if (error.kind === 'network') return 'No answer';
  if (error.relatedHTTPCode !== undefined && error.relatedHTTPCode !== error.httpStatus) {
    return `${error.relatedHTTPCode} (Egeria relatedHTTPCode; HTTP ${error.httpStatus})`;
  }
  return error.httpStatus ? `HTTP ${error.httpStatus}` : undefined;
}

/**
 * A failure shown in full. For Egeria's errors that means its own words: message id, text, system
 * action and user action verbatim, plus the request, so an operator can look the id up or report it.
 */
export function ErrorPanel({
  error,
  title = 'Something went wrong',
  onRetry,
  retrying,
  children,
  headingLevel: Heading = 'h2',
}: ErrorPanelProps) {
  const egeria = error instanceof EgeriaError ? error : undefined;
  const text = egeria ? egeria.text : error instanceof Error ? error.message : String(error);
  const status = egeria ? describeStatus(egeria) : undefined;
  return (
    <section
      role="alert"
      aria-label={title}
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950"
    >
      <Heading className="text-base font-semibold">{title}</Heading>
      <p className="mt-2 whitespace-pre-wrap break-words">
        {egeria?.messageId ? <code className="mr-2 font-semibold">{egeria.messageId}</code> : null}
        {text}
      </p>
      {egeria ? (
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {egeria.messageId ? (
            <>
              <dt className="font-medium">Message id</dt>
              <dd>
                <code>{egeria.messageId}</code>
              </dd>
            </>
          ) : null}
          {egeria.systemAction ? (
            <>
              <dt className="font-medium">System action</dt>
              <dd className="break-words">{egeria.systemAction}</dd>
            </>
          ) : null}
          {egeria.userAction ? (
            <>
              <dt className="font-medium">User action</dt>
              <dd className="break-words">{egeria.userAction}</dd>
            </>
          ) : null}
          {egeria.request ? (
            <>
              <dt className="font-medium">Request</dt>
              <dd className="[overflow-wrap:anywhere]">
                <code>{egeria.request}</code>
              </dd>
            </>
          ) : null}
          {status ? (
            <>
              <dt className="font-medium">Status</dt>
              <dd>{status}</dd>
            </>
          ) : null}
          {egeria.exceptionClassName ? (
            <>
              <dt className="font-medium">Exception</dt>
              <dd title={egeria.exceptionClassName}>{shortClassName(egeria.exceptionClassName)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {onRetry || children ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {onRetry ? (
            <Button onClick={onRetry} disabled={retrying}>
              {retrying ? 'Retrying…' : 'Retry'}
            </Button>
          ) : null}
          {children}
        </div>
      ) : null}
    </section>
  );
}
