import { Link, useLocation } from 'react-router';

/** Any address the console does not know. */
export function NotFoundPage() {
  const location = useLocation();
  let path = location.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Show the raw path when it holds a malformed escape.
  }
  return (
    <section aria-labelledby="not-found-title" className="max-w-2xl space-y-3">
      <title>Page not found · Egeria Integration Console</title>
      <h1 id="not-found-title" className="text-xl font-semibold">
        Page not found
      </h1>
      <p>
        The console has no page at{' '}
        <code className="rounded bg-slate-100 px-1 [overflow-wrap:anywhere]">{path}</code>.
      </p>
      <p>
        <Link to="/" className="text-sky-800 underline">
          Go to the integration groups
        </Link>
      </p>
    </section>
  );
}
