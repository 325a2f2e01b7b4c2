import type { FailureExplanation } from '../../egeria/explain-failure';

/**
 * A failing message explained: Egeria's message id, its meaning and user action where the console
 * knows them, and where that knowledge comes from. Messages are untrusted text and shown as text.
 */
export function FailureExplanationDetails({
  explanation,
  showMessage = true,
}: {
  explanation: FailureExplanation;
  showMessage?: boolean;
}) {
  return (
    <div className="space-y-2 text-sm">
      {showMessage ? (
        <p className="whitespace-pre-wrap break-words">
          {explanation.messageId ? (
            <code className="mr-2 font-semibold">{explanation.messageId}</code>
          ) : null}
          {explanation.text}
        </p>
      ) : null}
      {explanation.meaning || explanation.userAction ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {explanation.meaning ? (
            <>
              <dt className="font-medium">What it means</dt>
              <dd className="break-words">{explanation.meaning}</dd>
            </>
          ) : null}
          {explanation.userAction ? (
            <>
              <dt className="font-medium">What to do</dt>
              <dd className="break-words">{explanation.userAction}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="text-slate-700">
          The console does not know this {explanation.messageId ? 'message id' : 'message'}. Look it
          up in the daemon’s audit log
          {explanation.messageId ? ' or Egeria’s message catalogue' : ''}.
        </p>
      )}
      {explanation.source ? (
        <p className="text-xs text-slate-600">
          {explanation.source === 'egeria'
            ? 'System and user action from Egeria’s message definition.'
            : 'Not an Egeria message (a library under the connector); the explanation is the console’s.'}
        </p>
      ) : null}
    </div>
  );
}
