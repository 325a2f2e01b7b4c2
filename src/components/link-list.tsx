import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface LinkItem {
  to: string;
  label: ReactNode;
  /** When the label alone does not say which element the link is about (a table row's). */
  ariaLabel?: string;
}

/** Links to other screens that look like the console's secondary buttons (a page's actions). */
export const buttonLinkClass =
  'rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50';
export const textLinkClass = 'text-sky-800 underline-offset-2 hover:underline';

/** A list of links to other screens: a page's actions, a table row's. */
export function LinkList({
  links,
  className = 'flex flex-wrap gap-2',
  linkClassName = buttonLinkClass,
}: {
  links: LinkItem[];
  className?: string;
  linkClassName?: string;
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} aria-label={link.ariaLabel} className={linkClassName}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
