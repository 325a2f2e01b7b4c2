import { Link, useNavigate } from 'react-router';
import { TextAreaField, TextField } from '../../components/form';
import type { EgeriaBackend } from '../../egeria/backend';
import type { IntegrationGroup } from '../../egeria/model';
import { definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { SavePreview } from '../preview/save-preview';
import { useDaemonRuns } from './daemon-runs';
import { useRouteElement } from './route-element';
import type { ElementSave } from './definition-mutations';
import { groupQueryOptions } from './definition-queries';
import { GroupNotFound } from './definition-shell';
import { draftKey } from './drafts';
import { EditorShell, VersionLine } from './editor-shell';
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
import { useElementEditor } from './use-definition-editor';

/** /p/:platformId/new-group */
export function NewGroupPage() {
  return <GroupEditor group={undefined} />;
}

/** /p/:platformId/edit-group/{qualifiedName} */
export function EditGroupPage() {
  const { qualifiedName, element: group } = useRouteElement(groupQueryOptions);
  if (!group) return <GroupNotFound qualifiedName={qualifiedName} />;
  return <GroupEditor key={group.guid} group={group} />;
}

const noSecrets = (values: GroupFormValues) => values;
const readGroup = (backend: EgeriaBackend, guid: string) => backend.getGroup(guid);

function GroupEditor({ group: loaded }: { group: IntegrationGroup | undefined }) {
  const scope = usePlatform();
  const { platform } = scope;
  const navigate = useNavigate();
  const editor = useElementEditor({
    loaded,
    toValues: toGroupFormValues,
    schemaFor: groupFormSchema,
    read: readGroup,
    diffFields: groupDiffFields,
    draft: {
      key: draftKey(platform.id, 'group', loaded?.guid ?? 'new'),
      shape: groupFormShape,
      strip: noSecrets,
    },
  });
  const { stored } = editor;
  const runs = useDaemonRuns(scope);

  const { step } = editor.flow;
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
    const request: ElementSave = step.stored
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
        impact={impact}
        impactPending={runs.pending}
        confirmLabel={stored ? 'Save to Egeria' : 'Create group'}
        {...editor.previewOf(
          request,
          () => void navigate(groupPath(platform.id, input.qualifiedName)),
        )}
      />
    );
  }

  return (
    <EditorShell
      crumbs={crumbs}
      title={title}
      header={stored ? <VersionLine meta={stored.meta} /> : null}
      {...editor.shell}
      what="group"
      gone={{
        title: 'This group no longer exists in Egeria',
        text: 'It was deleted after you opened this form, so there is nothing to update. Your changes are kept as a draft.',
        action: (
          <Link to={definitionPaths.newGroup(platform.id)} className="text-sky-800 underline">
            Create a new group
          </Link>
        ),
      }}
      conflict={{
        elementName: stored?.displayName ?? stored?.qualifiedName ?? 'The group',
        versionOf: (fresh) => fresh.meta,
      }}
      preview={preview}
      labels={GROUP_FIELD_LABELS}
      cancelTo={stored ? groupPath(platform.id, stored.qualifiedName) : groupsPath(platform.id)}
    >
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
    </EditorShell>
  );
}
