import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs, type Crumb } from '../../components/breadcrumbs';

export type { Crumb };

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
