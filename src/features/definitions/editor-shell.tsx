/**
 * The frame of every definition form page (group, connector, registration): header, the
 * unsaved-changes guard, the draft notices, the check and save errors, the "gone" and conflict
 * steps, the preview, and the form with its Review / Cancel row. Each page brings its fields, its
 * preview and what its save does next; the steps themselves are `use-editor-flow.ts`.
 */
import type { ReactNode, RefObject } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Form, FormErrorSummary } from '../../components/form';
import { Loading } from '../../components/spinner';
import type { ElementMeta } from '../../egeria/model';
import { formatDateTime } from '../../lib/format';
import { ConflictView } from './conflict-view';
import { DefinitionPage } from './definition-shell';
import { DraftBanner, ElsewhereNotice } from './draft-banner';
import type { Choice } from './field-diff';
import type { Crumb } from '../../components/page-header';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import type { DraftState } from './use-draft';
import type { EditorStep } from './use-editor-flow';

export interface EditorShellProps<T extends FieldValues, E> {
  crumbs: Crumb[];
  title: string;
  /** Under the heading: the element's version, what the new element will be for. */
  header?: ReactNode;
  form: UseFormReturn<T>;
  draft: DraftState<T>;
  flow: {
    step: EditorStep<T, E>;
    checkError: unknown;
    submit: (values: T) => Promise<void>;
    resolveConflict: (choices: Map<string, Choice>) => Promise<void>;
    backToEdit: () => void;
  };
  /** Set just before leaving on purpose after a save, so the guard asks nothing. */
  leaving: RefObject<boolean>;
  /** The form holds secrets, which drafts never keep. */
  secretsNote?: boolean;
  /** "group", "connector", "registration": names the check that failed. */
  what: string;
  saveError: unknown;
  saveErrorTitle?: string;
  /** The element was deleted while the form was open. */
  gone: { title: string; text: string; action?: ReactNode };
  /** How the conflict view names the element and its version now. */
  conflict: { elementName: string; versionOf?: (fresh: E) => ElementMeta };
  /** The save preview, while the flow is at that step. */
  preview: ReactNode;
  labels: Record<string, string>;
  formClassName?: string;
  cancelTo: string;
  /** The fields. */
  children: ReactNode;
}

/** The frame of a definition form page; see the module comment. */
export function EditorShell<T extends FieldValues, E>({
  crumbs,
  title,
  header,
  form,
  draft,
  flow,
  leaving,
  secretsNote,
  what,
  saveError,
  saveErrorTitle = 'Egeria refused the change',
  gone,
  conflict,
  preview,
  labels,
  formClassName = 'space-y-4',
  cancelTo,
  children,
}: EditorShellProps<T, E>) {
  const { step } = flow;
  const meta = step.kind === 'conflict' ? conflict.versionOf?.(step.fresh) : undefined;
  return (
    <DefinitionPage crumbs={crumbs} title={title} header={header}>
      <UnsavedChangesGuard
        when={form.formState.isDirty || draft.restored !== undefined}
        bypass={leaving}
        onKeep={draft.flush}
        onDiscard={draft.clear}
      />
      {draft.elsewhere ? <ElsewhereNotice /> : null}
      {draft.restored ? (
        <DraftBanner
          savedAt={draft.restored.savedAt}
          onDiscard={draft.discard}
          secretsNote={secretsNote}
        />
      ) : null}
      {saveError && step.kind === 'edit' ? (
        <ErrorPanel title={saveErrorTitle} error={saveError} />
      ) : null}
      {flow.checkError ? (
        <ErrorPanel title={`Could not check the ${what} against Egeria`} error={flow.checkError} />
      ) : null}
      {step.kind === 'gone' ? (
        <ErrorPanel title={gone.title} error={new Error(gone.text)}>
          {gone.action}
        </ErrorPanel>
      ) : null}
      {step.kind === 'conflict' ? (
        <ConflictView
          elementName={conflict.elementName}
          rows={step.rows}
          openedVersion={meta ? draft.base.baseline?.version : undefined}
          currentVersion={meta?.version}
          updatedBy={meta?.updatedBy}
          updateTime={meta?.updateTime}
          onResolve={(choices) => void flow.resolveConflict(choices)}
          onCancel={flow.backToEdit}
        />
      ) : null}
      {step.kind === 'preview' ? preview : null}
      <div hidden={step.kind !== 'edit' && step.kind !== 'checking' && step.kind !== 'gone'}>
        <Form form={form} onSubmit={flow.submit} label={title} className={formClassName}>
          <FormErrorSummary labels={labels} />
          {children}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="primary" disabled={step.kind === 'checking'}>
              {step.kind === 'checking' ? 'Checking with Egeria…' : 'Review changes'}
            </Button>
            <Link to={cancelTo} className="text-sm text-sky-800 underline">
              Cancel
            </Link>
            {step.kind === 'checking' ? <Loading label="Checking with Egeria…" /> : null}
          </div>
        </Form>
      </div>
    </DefinitionPage>
  );
}

/** "Version 4, last changed 3 May 2025, 10:02 by garygeeke", under a stored element's heading. */
export function VersionLine({ meta }: { meta: ElementMeta }) {
  const changed = meta.updateTime ?? meta.createTime;
  const by = meta.updatedBy ?? meta.createdBy;
  return (
    <p className="mt-1 text-sm text-slate-600">
      Version {meta.version ?? '?'}
      {changed ? `, last changed ${formatDateTime(changed)}` : ''}
      {by ? ` by ${by}` : ''}
    </p>
  );
}
