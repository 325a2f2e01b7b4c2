/**
 * The frames every definition screen shares: the confirm page (delete group, delete connector,
 * unregister) and the page that follows a change daemons must reload (saved, deleted,
 * unregistered). The form pages' frame is `editor-shell.tsx`.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import type { IntegrationGroup } from '../../egeria/model';
import { groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { SavePreview, type SavePreviewProps } from '../preview/save-preview';
import { ElementNotFound, PageHeader, type Crumb } from '../../components/page-header';
import { RefreshOffer } from './refresh-offer';
import { SavedNotice } from './saved-notice';

/** The page column with its breadcrumb, heading and document title. */
export function DefinitionPage({
  crumbs,
  title,
  documentTitle,
  header,
  children,
}: {
  crumbs: Crumb[];
  title: string;
  /** Defaults to the title; the platform's label is added. */
  documentTitle?: string;
  /** Under the heading: the element's version, what the page is about. */
  header?: ReactNode;
  children: ReactNode;
}) {
  const { platform } = usePlatform();
  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader
        crumbs={crumbs}
        title={title}
        documentTitle={`${documentTitle ?? title} · ${platform.label}`}
      >
        {header}
      </PageHeader>
      {children}
    </div>
  );
}

/** A group a definition screen names is not in Egeria. */
export function GroupNotFound({ qualifiedName }: { qualifiedName: string }) {
  const { platform } = usePlatform();
  return (
    <ElementNotFound
      what="Integration group"
      qualifiedName={qualifiedName}
      back={{ label: 'Back to the integration groups', to: groupsPath(platform.id) }}
    />
  );
}

/** A connector a definition screen names is not in Egeria; back to its group when one is known. */
export function ConnectorNotFound({
  qualifiedName,
  group,
}: {
  qualifiedName: string;
  group?: IntegrationGroup;
}) {
  const { platform } = usePlatform();
  return (
    <ElementNotFound
      what="Integration connector"
      qualifiedName={qualifiedName}
      back={
        group
          ? {
              label: `Back to ${group.qualifiedName}`,
              to: groupPath(platform.id, group.qualifiedName),
            }
          : { label: 'Back to the integration groups', to: groupsPath(platform.id) }
      }
    />
  );
}

export interface ConfirmPageProps extends Omit<
  SavePreviewProps,
  'confirmVariant' | 'onBack' | 'backLabel' | 'children' | 'title'
> {
  crumbs: Crumb[];
  /** The page heading: "Delete Clinical Trials". */
  heading: string;
  /** The preview's question: "Delete the integration group …?" */
  question: string;
  /** What the user should know before confirming ("This cannot be undone"). */
  warning: string;
  /** A list the impact needs could not be read. */
  readError?: { title: string; error: unknown; onRetry?: () => void };
  cancel: { label: string; to: string };
}

/**
 * A destructive change, confirmed on a page of its own: what it takes with it, the exact requests,
 * then the one button.
 */
export function ConfirmPage({
  crumbs,
  heading,
  question,
  warning,
  readError,
  cancel,
  ...preview
}: ConfirmPageProps) {
  return (
    <DefinitionPage crumbs={crumbs} title={heading}>
      {readError ? (
        <ErrorPanel title={readError.title} error={readError.error} onRetry={readError.onRetry} />
      ) : null}
      <SavePreview {...preview} title={question} confirmVariant="danger">
        <p className="text-sm">{warning}</p>
      </SavePreview>
      <Link to={cancel.to} className="text-sm text-sky-800 underline">
        {cancel.label}
      </Link>
    </DefinitionPage>
  );
}

/**
 * After a change the daemons run only once they reload their groups: the outcome, the offer to
 * refresh the groups' configuration, and where to go next.
 */
export function DonePage({
  crumbs,
  title,
  documentTitle,
  notice,
  refreshGroups,
  links,
}: {
  crumbs: Crumb[];
  title: string;
  documentTitle: string;
  notice: ReactNode;
  /** Qualified names of the groups whose daemons should reload them. */
  refreshGroups: string[];
  links: { label: string; to: string }[];
}) {
  return (
    <DefinitionPage crumbs={crumbs} title={title} documentTitle={documentTitle}>
      <SavedNotice>{notice}</SavedNotice>
      {refreshGroups.length > 0 ? <RefreshOffer groupNames={refreshGroups} /> : null}
      <ul className="flex flex-wrap gap-4 text-sm">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="text-sky-800 underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </DefinitionPage>
  );
}
