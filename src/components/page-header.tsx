import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Absent on the current page, the last crumb. */
  to?: string;
}

/** Where the page sits: links up the trail, the current page last. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-2 text-slate-600">
        {crumbs.map((crumb, index) => (
          <li key={`${index}:${crumb.label}`} className="flex gap-2 [overflow-wrap:anywhere]">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            {crumb.to ? (
              <Link to={crumb.to} className="text-sky-800 underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Breadcrumb, heading and the document title of a definition screen. */
export function PageHeader({
  crumbs,
  title,
  documentTitle,
  children,
}: {
  crumbs: Crumb[];
  title: string;
  documentTitle: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <title>{`${documentTitle} · Egeria Integration Console`}</title>
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="mt-1 text-2xl font-semibold [overflow-wrap:anywhere]">{title}</h1>
      {children}
    </div>
  );
}

/** The element a definition screen names is not in Egeria (deleted, renamed, or mistyped). */
export function ElementNotFound({
  what,
  qualifiedName,
  back,
}: {
  what: string;
  qualifiedName: string;
  back: { label: string; to: string };
}) {
  return (
    <div className="space-y-3">
      <title>{`${what} not found · Egeria Integration Console`}</title>
      <h1 className="text-2xl font-semibold">{what} not found</h1>
      <p className="[overflow-wrap:anywhere]">
        Egeria has no {what.toLowerCase()} with the qualified name <code>{qualifiedName}</code>. It
        may have been deleted or renamed.
      </p>
      <Link to={back.to} className="text-sky-800 underline">
        {back.label}
      </Link>
    </div>
  );
}
