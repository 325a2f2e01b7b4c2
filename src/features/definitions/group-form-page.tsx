import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import {
  Form,
  FormErrorSummary,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form';
import { Loading } from '../../components/spinner';
import type { WriteRequest } from '../../egeria/backend';
import type { IntegrationGroup } from '../../egeria/model';
import { formatDateTime } from '../../lib/format';
import { definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { ConflictView } from './conflict-view';
import { useDaemonRuns } from './daemon-runs';
import type { ElementLoaderData } from './definition-loaders';
import { saveGroupMutation } from './definition-mutations';
import {
  allConnectorsQueryOptions,
  allGroupsListQueryOptions,
  findConnectorByQualifiedName,
  groupQueryOptions,
  nullIfGone,
} from './definition-queries';
import { DraftBanner, ElsewhereNotice } from './draft-banner';
import { draftKey, type Baseline } from './drafts';
import { showEgeriaErrorOnField } from './egeria-field-errors';
import { changedFields } from './field-diff';
import {
  GROUP_FIELD_LABELS,
  groupDiffFields,
  groupFormSchema,
  groupFormShape,
  toGroupFormValues,
  toGroupInput,
  type GroupFormValues,
} from './group-form';
import type { ImpactItem } from './impact';
import { KeyValueEditor } from './key-value-editor';
import { ElementNotFound, PageHeader } from './page-header';
import { SavePreview } from '../preview/save-preview';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useDraft } from './use-draft';
import { useEditorFlow } from './use-editor-flow';

/** /p/:platformId/new-group */
export function NewGroupPage() {
  return <GroupEditor group={undefined} />;
}

/** /p/:platformId/edit-group/{qualifiedName} */
export function EditGroupPage() {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as ElementLoaderData;
  const { data } = useSuspenseQuery(groupQueryOptions(scope, qualifiedName));
  // Kept as first read: a save refreshes the cache (a rename even empties this entry), and the
  // editor must stay mounted to finish what follows the save.
  const [group] = useState(data);
  if (!group)
    return (
      <ElementNotFound
        what="Integration group"
        qualifiedName={qualifiedName}
        back={{ label: 'Back to the integration groups', to: groupsPath(scope.platform.id) }}
      />
    );
  return <GroupEditor key={group.guid} group={group} />;
}

const baselineOf = (group: IntegrationGroup): Baseline => ({
  version: group.meta.version,
  updateTime: group.meta.updateTime,
});
const noSecrets = (values: GroupFormValues) => values;

/** Egeria names the parameter it refuses; these are the form fields they land on. */
const EGERIA_FIELDS = { qualifiedName: 'qualifiedName' };

function GroupEditor({ group: loaded }: { group: IntegrationGroup | undefined }) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // What the form opened with stays put while the cache refreshes underneath.
  const [stored] = useState(loaded);
  const opened = useMemo(() => toGroupFormValues(stored), [stored]);

  const groups = useQuery(allGroupsListQueryOptions(scope));
  const connectors = useQuery(allConnectorsQueryOptions(scope));
  // Names in use, as far as the console has read them; Egeria's own check follows at review time.
  const schema = useMemo(
    () =>
      groupFormSchema({
        ownName: stored?.qualifiedName,
        takenNames: new Set([
          ...(groups.data ?? []).filter((g) => g.guid !== stored?.guid).map((g) => g.qualifiedName),
          ...(connectors.data ?? []).map((c) => c.qualifiedName),
        ]),
      }),
    [groups.data, connectors.data, stored],
  );
  // react-hook-form takes the resolver afresh on every render, so the names loaded later count.
  const form = useZodForm<GroupFormValues>(schema, { defaultValues: opened });

  const draft = useDraft({
    form,
    key: draftKey(platform.id, 'group', stored?.guid ?? 'new'),
    shape: groupFormShape,
    opened,
    baseline: stored ? baselineOf(stored) : undefined,
    strip: noSecrets,
  });

  const precheck = useCallback(
    async (values: GroupFormValues) => {
      if (values.qualifiedName === stored?.qualifiedName) return true;
      const [group, connector] = await Promise.all([
        backend.findGroupByName(values.qualifiedName),
        findConnectorByQualifiedName(backend, values.qualifiedName),
      ]);
      if ((group && group.guid !== stored?.guid) || connector) {
        form.setError(
          'qualifiedName',
          {
            type: 'unique',
            message: `Another ${group ? 'integration group' : 'integration connector'} already has this qualified name. Qualified names are unique in Egeria.`,
          },
          { shouldFocus: true },
        );
        return false;
      }
      return true;
    },
    [backend, stored, form],
  );
  const readFresh = useCallback(
    () => (stored ? backend.getGroup(stored.guid).catch(nullIfGone) : Promise.resolve(null)),
    [backend, stored],
  );
  const flow = useEditorFlow({
    form,
    draft,
    stored,
    toValues: toGroupFormValues,
    diffFields: groupDiffFields,
    readFresh: stored ? readFresh : undefined,
    baselineOf,
    precheck,
  });

  const save = useMutation(saveGroupMutation(scope, queryClient));
  const leaving = useRef(false);
  const runs = useDaemonRuns(scope);

  const { step } = flow;
  const title = stored
    ? `Edit ${stored.displayName ?? stored.qualifiedName}`
    : 'New integration group';
  const crumbs = [
    { label: 'Integration groups', to: groupsPath(platform.id) },
    ...(stored
      ? [
          {
            label: stored.displayName ?? stored.qualifiedName,
            to: groupPath(platform.id, stored.qualifiedName),
          },
        ]
      : []),
    { label: stored ? 'Edit' : 'New group' },
  ];

  let preview = null;
  if (step.kind === 'preview') {
    const input = toGroupInput(step.values);
    const request: WriteRequest = step.stored
      ? { kind: 'updateGroup', guid: step.stored.guid, input, options: { merge: false } }
      : { kind: 'createGroup', input };
    const impact: ImpactItem[] = [];
    const runningIn = step.stored ? (runs.byGroup.get(step.stored.qualifiedName) ?? []) : [];
    if (step.stored && step.values.qualifiedName !== step.stored.qualifiedName) {
      impact.push({
        key: 'rename',
        title: 'Renaming changes the name daemons and links use',
        note:
          runningIn.length > 0
            ? `Daemons find a group by its qualified name. ${runningIn.join(', ')} run${runningIn.length === 1 ? 's' : ''} “${step.stored.qualifiedName}” and will not find it under the new name until their configuration names it.`
            : 'Bookmarks and daemon configurations that use the old name stop finding it.',
        names: runningIn,
        tone: 'warning',
      });
    } else if (runningIn.length > 0) {
      impact.push({
        key: 'daemons',
        title: `Run by ${runningIn.length} daemon${runningIn.length === 1 ? '' : 's'}`,
        note: 'They keep the definition they loaded until their group configuration is refreshed.',
        names: runningIn,
        tone: 'info',
      });
    }
    preview = (
      <SavePreview
        title={
          stored ? 'Review the changes before saving' : 'Review the new group before creating it'
        }
        changes={changedFields(
          groupDiffFields(toGroupFormValues(step.stored)),
          groupDiffFields(step.values),
        )}
        writes={[request]}
        impact={impact}
        impactPending={runs.pending}
        confirmLabel={stored ? 'Save to Egeria' : 'Create group'}
        saving={save.isPending}
        error={save.error}
        onBack={flow.backToEdit}
        onConfirm={() =>
          save.mutate(
            step.stored
              ? { mode: 'update', guid: step.stored.guid, input, options: { merge: false } }
              : { mode: 'create', input },
            {
              onSuccess: () => {
                draft.clear();
                leaving.current = true;
                void navigate(groupPath(platform.id, input.qualifiedName));
              },
              onError: (error) => {
                if (showEgeriaErrorOnField(error, form.setError, EGERIA_FIELDS)) flow.backToEdit();
              },
            },
          )
        }
      />
    );
  }

  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader crumbs={crumbs} title={title} documentTitle={`${title} · ${platform.label}`}>
        {stored ? (
          <p className="mt-1 text-sm text-slate-600">
            Version {stored.meta.version ?? '?'}
            {(stored.meta.updateTime ?? stored.meta.createTime)
              ? `, last changed ${formatDateTime(stored.meta.updateTime ?? stored.meta.createTime)}`
              : ''}
            {(stored.meta.updatedBy ?? stored.meta.createdBy)
              ? ` by ${stored.meta.updatedBy ?? stored.meta.createdBy}`
              : ''}
          </p>
        ) : null}
      </PageHeader>
      <UnsavedChangesGuard
        when={form.formState.isDirty || draft.restored !== undefined}
        bypass={leaving}
        onKeep={draft.flush}
        onDiscard={draft.clear}
      />
      {draft.elsewhere ? <ElsewhereNotice /> : null}
      {draft.restored ? (
        <DraftBanner savedAt={draft.restored.savedAt} onDiscard={draft.discard} />
      ) : null}
      {save.error && step.kind === 'edit' ? (
        <ErrorPanel title="Egeria refused the change" error={save.error} />
      ) : null}
      {flow.checkError ? (
        <ErrorPanel title="Could not check the group against Egeria" error={flow.checkError} />
      ) : null}
      {step.kind === 'gone' ? (
        <ErrorPanel
          title="This group no longer exists in Egeria"
          error={
            new Error(
              'It was deleted after you opened this form, so there is nothing to update. Your changes are kept as a draft.',
            )
          }
        >
          <Link to={definitionPaths.newGroup(platform.id)} className="text-sky-800 underline">
            Create a new group
          </Link>
        </ErrorPanel>
      ) : null}
      {step.kind === 'conflict' ? (
        <ConflictView
          elementName={stored?.displayName ?? stored?.qualifiedName ?? 'The group'}
          rows={step.rows}
          openedVersion={draft.base.baseline?.version}
          currentVersion={step.fresh.meta.version}
          updatedBy={step.fresh.meta.updatedBy}
          updateTime={step.fresh.meta.updateTime}
          onResolve={(choices) => void flow.resolveConflict(choices)}
          onCancel={flow.backToEdit}
        />
      ) : null}
      {preview}
      <div hidden={step.kind !== 'edit' && step.kind !== 'checking' && step.kind !== 'gone'}>
        <Form form={form} onSubmit={flow.submit} label={title} className="space-y-4">
          <FormErrorSummary labels={GROUP_FIELD_LABELS} />
          <TextField
            name="qualifiedName"
            label="Qualified name"
            required
            hint="Unique in Egeria. Daemons name the groups they run by it."
            inputProps={{ autoComplete: 'off', spellCheck: false }}
          />
          <TextField name="displayName" label="Display name" inputProps={{ autoComplete: 'off' }} />
          <TextAreaField name="description" label="Description" rows={4} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="version" label="Version" inputProps={{ autoComplete: 'off' }} />
            <TextField name="patchLevel" label="Patch level" inputProps={{ autoComplete: 'off' }} />
            <TextField name="source" label="Source" inputProps={{ autoComplete: 'off' }} />
          </div>
          <KeyValueEditor
            name="additionalProperties"
            legend="Additional properties"
            hint="Name and value pairs stored with the group."
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="primary" disabled={step.kind === 'checking'}>
              {step.kind === 'checking' ? 'Checking with Egeria…' : 'Review changes'}
            </Button>
            <Link
              to={stored ? groupPath(platform.id, stored.qualifiedName) : groupsPath(platform.id)}
              className="text-sm text-sky-800 underline"
            >
              Cancel
            </Link>
            {step.kind === 'checking' ? <Loading label="Checking with Egeria…" /> : null}
          </div>
        </Form>
      </div>
    </div>
  );
}
