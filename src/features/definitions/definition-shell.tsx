/**
 * The frames every definition screen shares: the confirm page (delete group, delete connector,
 * unregister) and the page that follows a change daemons must reload (saved, deleted,
 * unregistered). The form pages' frame is `editor-shell.tsx`.
 */
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import type { WriteRequest } from '../../egeria/backend';
import type { IntegrationGroup } from '../../egeria/model';
import { groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { SavePreview, type SavePreviewProps } from '../preview/save-preview';
import { ElementNotFound, PageHeader, type Crumb } from '../../components/page-header';
import { deleteElementMutation, type ElementDelete } from './definition-mutations';
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

export interface ConfirmPageProps<R extends WriteRequest> extends Omit<
  SavePreviewProps,
  | 'confirmVariant'
  | 'onBack'
  | 'backLabel'
  | 'children'
  | 'title'
  | 'saving'
  | 'error'
  | 'onConfirm'
  | 'writes'
> {
  /** The element acted on: the breadcrumb before the action, and where Cancel goes back to. */
  element: { what: 'group' | 'connector'; label: string; to: string };
  /** The action, last in the breadcrumb: "Delete". */
  action: string;
  /** The page heading: "Delete Clinical Trials". */
  heading: string;
  /** The preview's question: "Delete the integration group …?" */
  question: string;
  /** What the user should know before confirming ("This cannot be undone"). */
  warning: string;
  /** A list the impact needs could not be read. */
  readError?: { title: string; error: unknown; onRetry?: () => void };
  /** The one write (shown, then sent), and what follows once Egeria took it. */
  request: R;
  mutation: UseMutationResult<unknown, Error, R>;
  onDone: () => void;
}

/** The breadcrumb of a screen about a group or connector: groups › the element › what is done. */
export function elementCrumbs(
  platformId: string,
  element: { label: string; to: string },
  action: string,
): Crumb[] {
  return [
    { label: 'Integration groups', to: groupsPath(platformId) },
    { label: element.label, to: element.to },
    { label: action },
  ];
}

/**
 * A destructive change, confirmed on a page of its own: what it takes with it, the exact requests,
 * then the one button.
 */
export function ConfirmPage<R extends WriteRequest>({
  element,
  action,
  heading,
  question,
  warning,
  readError,
  request,
  mutation,
  onDone,
  ...preview
}: ConfirmPageProps<R>) {
  const { platform } = usePlatform();
  return (
    <DefinitionPage crumbs={elementCrumbs(platform.id, element, action)} title={heading}>
      {readError ? (
        <ErrorPanel title={readError.title} error={readError.error} onRetry={readError.onRetry} />
      ) : null}
      <SavePreview
        {...preview}
        title={question}
        writes={[request]}
        confirmVariant="danger"
        saving={mutation.isPending}
        error={mutation.error}
        onConfirm={() => mutation.mutate(request, { onSuccess: onDone })}
      >
        <p className="text-sm">{warning}</p>
      </SavePreview>
      <Link to={element.to} className="text-sm text-sky-800 underline">
        Cancel and go back to the {element.what}
      </Link>
    </DefinitionPage>
  );
}

/** The delete mutation of a group or connector page. */
export function useDeleteElement() {
  const scope = usePlatform();
  return useMutation(deleteElementMutation(scope, useQueryClient()));
}

export interface DeletePageProps extends Pick<
  ConfirmPageProps<ElementDelete>,
  'readError' | 'impact' | 'impactPending' | 'onDone'
> {
  what: 'group' | 'connector';
  element: { guid: string; qualifiedName: string };
  /** How the heading and breadcrumb name it. */
  name: string;
  /** Its page: the breadcrumb and Cancel lead there. */
  to: string;
  remove: UseMutationResult<unknown, Error, ElementDelete>;
}

/** Deleting a group or a connector: the confirm page with the wording and the write both share. */
export function DeletePage({ what, element, name, to, remove, ...rest }: DeletePageProps) {
  const { guid, qualifiedName } = element;
  return (
    <ConfirmPage
      {...rest}
      element={{ what, label: name, to }}
      action="Delete"
      heading={`Delete ${name}`}
      question={`Delete the integration ${what} ${qualifiedName}?`}
      warning="This cannot be undone from the console."
      request={{
        kind: what === 'group' ? 'deleteGroup' : 'deleteConnector',
        guid,
        qualifiedName,
      }}
      confirmLabel={`Delete ${what}`}
      errorTitle={`Egeria did not delete the ${what}`}
      mutation={remove}
    />
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
