import { Banner } from '../../components/banner';
import { EgeriaError } from '../../egeria/errors';
import { errorMessage } from '../../lib/format';
import type { DaemonState } from './daemon-states';

function describe(error: Error): string {
  if (error instanceof EgeriaError) return [error.messageId, error.text].filter(Boolean).join(' ');
  return errorMessage(error);
}

/** One warning per daemon whose status could not be read, with Egeria's message id and text. */
export function DaemonProblems({ states }: { states: DaemonState[] }) {
  const failing = states.filter((state) => state.error);
  if (failing.length === 0) return null;
  return (
    <div className="space-y-1">
      {failing.map((state) => (
        <Banner key={state.daemon} tone="warning" className="rounded-md">
          Live status from daemon <strong>{state.daemon}</strong> is unavailable
          {state.status ? ' (showing its last answer)' : ''}: {describe(state.error as Error)}
          {state.error instanceof EgeriaError && state.error.userAction ? (
            <span className="mt-1 block text-xs">{state.error.userAction}</span>
          ) : null}
        </Banner>
      ))}
    </div>
  );
}
