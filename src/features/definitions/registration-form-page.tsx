import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link, useLoaderData } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { FilterInput } from '../../components/filter-select';
import {
  CheckboxField,
  Field,
  inputClass,
  SelectField,
  TextField,
  useZodForm,
} from '../../components/form';
import { Loading } from '../../components/spinner';
import type { IntegrationConnector, IntegrationGroup, Registration } from '../../egeria/model';
import { connectorPath, definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { useDaemonRuns } from './daemon-runs';
import type { ElementLoaderData } from './definition-loaders';
import { registrationMutation } from './definition-mutations';
import {
  allConnectorsQueryOptions,
  connectorGroupsQueryOptions,
  connectorQueryOptions,
  groupQueryOptions,
  groupRegistrationsQueryOptions,
  registrationQueryOptions,
} from './definition-queries';
import { draftKey } from './drafts';
import { changedFields } from './field-diff';
import { otherGroupsItem, type ImpactItem } from './impact';
import { ConnectorNotFound, DonePage, GroupNotFound } from './definition-shell';
import { EditorShell } from './editor-shell';
import { ElementNotFound } from '../../components/page-header';
import {
  PERMITTED_SYNCHRONIZATIONS,
  REGISTRATION_FIELD_LABELS,
  registrationDiffFields,
  registrationFormSchema,
  registrationFormShape,
  takenNameMessage,
  toRegistrationFormValues,
  toRegistrationInput,
  type RegistrationFormValues,
  type TakenConnectorName,
} from './registration-form';
import { SavePreview } from '../preview/save-preview';
import { useDefinitionEditor } from './use-definition-editor';

/** /p/:platformId/register-connector/{group}[?connector=] */
export function RegisterConnectorPage() {
  return <RegistrationScreen mode="register" />;
}

/** /p/:platformId/edit-registration/{group}?connector= */
export function EditRegistrationPage() {
  return <RegistrationScreen mode="edit" />;
}

function RegistrationScreen({ mode }: { mode: 'register' | 'edit' }) {
  const scope = usePlatform();
  const { qualifiedName, connectorQualifiedName } = useLoaderData() as ElementLoaderData;
  const { data: group } = useSuspenseQuery(groupQueryOptions(scope, qualifiedName));
  const connector = useQuery({
    ...connectorQueryOptions(scope, connectorQualifiedName ?? ''),
    enabled: !!connectorQualifiedName,
  });
  if (!group) return <GroupNotFound qualifiedName={qualifiedName} />;
  if (connectorQualifiedName && connector.isPending)
    return <Loading label="Reading the connector…" />;
  if (connector.isError)
    return <ErrorPanel title="Could not read the connector" error={connector.error} />;
  if (connectorQualifiedName && !connector.data)
    return <ConnectorNotFound qualifiedName={connectorQualifiedName} group={group} />;
  if (mode === 'edit' && !connector.data)
    return (
      <ErrorPanel
        title="No connector named"
        error={
          new Error('This address names no connector; open the registration from the group page.')
        }
      />
    );
  return <RegistrationLoader group={group} connector={connector.data ?? undefined} mode={mode} />;
}

/** Reads the current registration (fresh: a form compares its save with it). */
function RegistrationLoader({
  group,
  connector,
  mode,
}: {
  group: IntegrationGroup;
  connector: IntegrationConnector | undefined;
  mode: 'register' | 'edit';
}) {
  const scope = usePlatform();
  // Read fresh when the screen opens: the form compares its save with what it showed.
  const registration = useQuery({
    ...registrationQueryOptions(scope, group.guid, connector?.guid ?? ''),
    enabled: !!connector,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  if (connector && registration.isPending) return <Loading label="Reading the registration…" />;
  if (registration.isError)
    return <ErrorPanel title="Could not read the registration" error={registration.error} />;
  const existing = registration.data ?? undefined;
  if (mode === 'edit' && !existing)
    return (
      <ElementNotFound
        what="Registration"
        qualifiedName={`${connector?.qualifiedName ?? ''} in ${group.qualifiedName}`}
        back={{
          label: `Back to ${group.qualifiedName}`,
          to: groupPath(scope.platform.id, group.qualifiedName),
        }}
      />
    );
  return (
    <RegistrationEditor
      key={`${group.guid}:${connector?.guid ?? ''}`}
      group={group}
      connector={connector}
      registration={existing}
    />
  );
}

function RegistrationEditor({
  group,
  connector: preset,
  registration: loaded,
}: {
  group: IntegrationGroup;
  connector: IntegrationConnector | undefined;
  registration: Registration | undefined;
}) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const [stored] = useState(loaded);
  const opened = useMemo(
    () =>
      toRegistrationFormValues(stored, {
        connectorGuid: preset?.guid,
        connectorName: preset ? defaultConnectorName(preset) : undefined,
      }),
    [stored, preset],
  );
  const registrations = useQuery(groupRegistrationsQueryOptions(scope, group.guid));
  const connectors = useQuery({ ...allConnectorsQueryOptions(scope), enabled: !preset });
  const taken = useMemo(() => takenNames(registrations.data ?? []), [registrations.data]);
  const schema = useMemo(
    () => registrationFormSchema({ taken, groupQualifiedName: group.qualifiedName }),
    [taken, group.qualifiedName],
  );
  const form = useZodForm<RegistrationFormValues>(schema, { defaultValues: opened });
  const chosenGuid = useWatch({ control: form.control, name: 'connectorGuid' });
  const chosen = preset ?? (connectors.data ?? []).find((c) => c.guid === chosenGuid);

  // Egeria 5.3 does not refuse a second connector with the same name in a group: check the
  // group's registrations as they are now, just before the preview.
  const precheck = useCallback(
    async (values: RegistrationFormValues) => {
      const fresh = await queryClient.fetchQuery({
        ...groupRegistrationsQueryOptions(scope, group.guid),
        staleTime: 0,
      });
      const clash = takenNames(fresh).find(
        (t) => t.connectorName === values.connectorName && t.connectorGuid !== values.connectorGuid,
      );
      if (clash) {
        form.setError(
          'connectorName',
          { type: 'unique', message: takenNameMessage(clash, group.qualifiedName) },
          { shouldFocus: true },
        );
        return false;
      }
      return true;
    },
    [queryClient, scope, group, form],
  );
  const toValues = useCallback(
    (registration: Registration) => toRegistrationFormValues(registration),
    [],
  );
  const readFresh = useCallback(
    () => backend.getRegistration(group.guid, stored?.connector.guid ?? ''),
    [backend, group.guid, stored],
  );
  const editor = useDefinitionEditor({
    form,
    stored,
    toValues,
    diffFields: registrationDiffFields,
    readFresh: stored ? readFresh : undefined,
    precheck,
    draft: {
      key: draftKey(platform.id, 'registration', `${group.guid}:${preset?.guid ?? 'new'}`),
      shape: registrationFormShape,
      opened,
      baseline: undefined,
      strip: (values) => values,
    },
    mutation: registrationMutation(scope, queryClient),
    egeriaFields: { connectorName: 'connectorName' },
  });
  const [saved, setSaved] = useState<{ connector: IntegrationConnector } | undefined>();
  const runs = useDaemonRuns(scope);
  const otherGroups = useQuery({
    ...connectorGroupsQueryOptions(scope, chosen?.guid ?? ''),
    enabled: !!chosen,
  });

  const groupName = group.displayName ?? group.qualifiedName;
  const connectorLabel = chosen ? (chosen.name ?? chosen.qualifiedName) : undefined;
  const title = stored
    ? `Edit the registration of ${stored.connectorName}`
    : `Register a connector in ${groupName}`;
  const crumbs = [
    { label: 'Integration groups', to: groupsPath(platform.id) },
    { label: groupName, to: groupPath(platform.id, group.qualifiedName) },
    { label: stored ? 'Edit registration' : 'Register connector' },
  ];

  if (saved) {
    return (
      <DonePage
        crumbs={crumbs}
        title={title}
        documentTitle="Saved"
        notice={
          <>
            {stored ? 'Saved the registration of' : 'Registered'}{' '}
            {saved.connector.name ?? saved.connector.qualifiedName} in {group.qualifiedName}.
          </>
        }
        refreshGroups={[group.qualifiedName]}
        links={[
          { label: `Go to ${groupName}`, to: groupPath(platform.id, group.qualifiedName) },
          {
            label: 'Go to the connector',
            to: connectorPath(platform.id, saved.connector.qualifiedName),
          },
        ]}
      />
    );
  }

  const { step } = editor.flow;
  let preview = null;
  if (step.kind === 'preview' && chosen) {
    const input = toRegistrationInput(step.values, step.stored);
    const daemons = runs.byGroup.get(group.qualifiedName) ?? [];
    const impact: ImpactItem[] = [];
    impact.push({
      key: 'daemons',
      title:
        daemons.length === 0
          ? `No daemon of this platform runs ${group.qualifiedName}`
          : `Run by ${daemons.join(', ')}`,
      note:
        daemons.length === 0
          ? 'Nothing runs the connector in this group until a daemon is configured with the group.'
          : 'The daemons run the change once their group configuration is refreshed; the console offers that after saving.',
      tone: daemons.length === 0 ? 'info' : 'warning',
    });
    const others = otherGroupsItem(otherGroups.data ?? [], group.guid, 'Also registered');
    if (others)
      impact.push({
        ...others,
        note: 'Those registrations are separate and do not change.',
        tone: 'info',
      });
    if (step.stored && step.values.connectorName !== step.stored.connectorName)
      impact.push({
        key: 'rename',
        title: 'The daemon reports the connector under its new name',
        note: 'Status history and bookmarks that use the old connector name stop matching it.',
        tone: 'warning',
      });
    preview = (
      <SavePreview
        title={
          stored ? 'Review the changes before saving' : 'Review the registration before saving'
        }
        changes={changedFields(
          registrationDiffFields(
            step.stored ? toRegistrationFormValues(step.stored) : EMPTY_REGISTRATION,
          ),
          registrationDiffFields(step.values),
        )}
        impact={impact}
        impactPending={runs.pending || otherGroups.isPending}
        confirmLabel={stored ? 'Save to Egeria' : 'Register'}
        {...editor.previewOf(
          { kind: 'registerConnector', groupGuid: group.guid, connectorGuid: chosen.guid, input },
          () => setSaved({ connector: chosen }),
        )}
      />
    );
  }

  return (
    <EditorShell
      crumbs={crumbs}
      title={title}
      header={
        connectorLabel && preset ? (
          <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere]">
            Connector{' '}
            <Link
              to={connectorPath(platform.id, preset.qualifiedName)}
              className="text-sky-800 underline"
            >
              {preset.qualifiedName}
            </Link>{' '}
            in group {group.qualifiedName}
          </p>
        ) : null
      }
      {...editor.shell}
      what="registration"
      saveErrorTitle="Egeria refused the registration"
      gone={{
        title: 'This registration no longer exists in Egeria',
        text: 'The connector was unregistered after you opened this form. Your changes are kept as a draft.',
        action: (
          <Link
            to={definitionPaths.registerConnector(
              platform.id,
              group.qualifiedName,
              stored?.connector.qualifiedName,
            )}
            className="text-sky-800 underline"
          >
            Register it again
          </Link>
        ),
      }}
      conflict={{
        elementName: `The registration of ${stored?.connectorName ?? 'the connector'}`,
      }}
      preview={preview}
      labels={REGISTRATION_FIELD_LABELS}
      cancelTo={groupPath(platform.id, group.qualifiedName)}
    >
      {preset ? null : (
        <ConnectorChooser
          connectors={connectors.data}
          pending={connectors.isPending}
          error={connectors.error}
          registeredGuids={(registrations.data ?? []).map((r) => r.connector.guid)}
          group={group}
        />
      )}
      <TextField
        name="connectorName"
        label="Connector name"
        required
        hint="The name the daemon knows the connector by; unique in the group."
        inputProps={{ autoComplete: 'off' }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="connectorUserId"
          label="Connector user id"
          hint="The user the connector works as; empty for the daemon's own."
          inputProps={{ autoComplete: 'off' }}
        />
        <TextField
          name="metadataSourceQualifiedName"
          label="Metadata source"
          hint="Qualified name of the metadata collection the connector's elements belong to."
          inputProps={{ autoComplete: 'off' }}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="refreshTimeInterval"
          label="Refresh interval (minutes)"
          required
          hint="0 refreshes only on start and when asked."
          inputProps={{ inputMode: 'numeric', autoComplete: 'off' }}
        />
        <TextField
          name="startDate"
          type="datetime-local"
          label="Start date"
          hint="Empty: at once."
        />
        <TextField name="stopDate" type="datetime-local" label="Stop date" hint="Empty: never." />
      </div>
      <SelectField
        name="permittedSynchronization"
        label="Permitted synchronization"
        options={PERMITTED_SYNCHRONIZATIONS}
      />
      <CheckboxField
        name="generateIntegrationReports"
        label="Generate integration reports"
        hint="Egeria 5.3 may not keep this setting: it can read back as off."
      />
    </EditorShell>
  );
}

/** What a new registration is compared with: nothing set. */
const EMPTY_REGISTRATION: RegistrationFormValues = {
  connectorGuid: '',
  connectorName: '',
  connectorUserId: '',
  metadataSourceQualifiedName: '',
  refreshTimeInterval: '',
  startDate: '',
  stopDate: '',
  permittedSynchronization: '',
  generateIntegrationReports: false,
};

function defaultConnectorName(connector: IntegrationConnector): string {
  return connector.name ?? connector.qualifiedName.split(':').pop() ?? connector.qualifiedName;
}

function takenNames(registrations: Registration[]): TakenConnectorName[] {
  return registrations.map((r) => ({
    connectorName: r.connectorName,
    connectorGuid: r.connector.guid,
    connectorQualifiedName: r.connector.qualifiedName,
  }));
}

/** Picks an existing connector (not yet in the group), or leads to creating a new one. */
function ConnectorChooser({
  connectors,
  pending,
  error,
  registeredGuids,
  group,
}: {
  connectors: IntegrationConnector[] | undefined;
  pending: boolean;
  error: unknown;
  registeredGuids: string[];
  group: IntegrationGroup;
}) {
  const { platform } = usePlatform();
  const { register, setValue, getValues } = useFormContext<RegistrationFormValues>();
  const [filter, setFilter] = useState('');
  if (pending) return <Loading label="Reading the connectors…" />;
  if (error) return <ErrorPanel title="Could not read the connectors" error={error} />;
  const needle = filter.trim().toLowerCase();
  const available = (connectors ?? [])
    .filter((c) => !registeredGuids.includes(c.guid))
    .filter(
      (c) =>
        needle === '' ||
        c.qualifiedName.toLowerCase().includes(needle) ||
        (c.name ?? '').toLowerCase().includes(needle),
    )
    .sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">Connector</legend>
      <FilterInput
        label="Filter connectors"
        value={filter}
        onChange={setFilter}
        className={inputClass}
        autoComplete="off"
      />
      <Field
        name="connectorGuid"
        label="Connector to register"
        required
        hint={`${available.length.toLocaleString()} connector${available.length === 1 ? '' : 's'} not yet registered in this group${needle ? ' match' : ''}.`}
      >
        {(control) => (
          <select
            className={inputClass}
            {...control}
            {...register('connectorGuid', {
              onChange: (event: { target: { value: string } }) => {
                const picked = (connectors ?? []).find((c) => c.guid === event.target.value);
                // Suggest the connector's own name, unless the user typed one already.
                if (picked && getValues('connectorName') === '')
                  setValue('connectorName', defaultConnectorName(picked), { shouldDirty: true });
              },
            })}
          >
            <option value="">Choose a connector…</option>
            {available.map((c) => (
              <option key={c.guid} value={c.guid}>
                {c.name ? `${c.name} — ${c.qualifiedName}` : c.qualifiedName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="text-sm">
        Or{' '}
        <Link
          to={definitionPaths.newConnector(platform.id, group.qualifiedName)}
          className="text-sky-800 underline"
        >
          create a new connector
        </Link>{' '}
        and register it here.
      </p>
    </fieldset>
  );
}
