import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import {
  CheckboxField,
  Form,
  FormErrorSummary,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form';
import { Loading } from '../../components/spinner';
import type { WriteRequest } from '../../egeria/backend';
import type { IntegrationConnector } from '../../egeria/model';
import { formatDateTime } from '../../lib/format';
import { connectorPath, definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { ConflictView } from './conflict-view';
import { ConnectionFields, EmbeddedConnectionsEditor } from './connection-fields';
import {
  CONNECTOR_FIELD_LABELS,
  connectionChanged,
  connectorDiffFields,
  connectorFormSchema,
  connectorFormShape,
  toConnectorFormValues,
  toConnectorInput,
  withoutSecrets,
  type ConnectorFormValues,
} from './connector-form';
import type { ElementLoaderData } from './definition-loaders';
import { saveConnectorMutation } from './definition-mutations';
import {
  allConnectorsQueryOptions,
  allGroupsListQueryOptions,
  connectorGroupsQueryOptions,
  connectorQueryOptions,
  findConnectorByQualifiedName,
  groupQueryOptions,
  nullIfGone,
} from './definition-queries';
import { DraftBanner, ElsewhereNotice } from './draft-banner';
import { draftKey, type Baseline } from './drafts';
import { showEgeriaErrorOnField } from './egeria-field-errors';
import { changedFields } from './field-diff';
import {
  otherGroupsItem,
  sharedUseItems,
  sharedWithOtherConnectors,
  type ImpactItem,
} from './impact';
import { KeyValueEditor } from './key-value-editor';
import { ElementNotFound, PageHeader } from './page-header';
import { RefreshOffer } from './refresh-offer';
import { SavedNotice } from './saved-notice';
import { SavePreview } from '../preview/save-preview';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useDraft } from './use-draft';
import { useEditorFlow } from './use-editor-flow';

/** /p/:platformId/new-connector[?group=] */
export function NewConnectorPage() {
  const scope = usePlatform();
  const { groupQualifiedName } = useLoaderData() as ElementLoaderData;
  const group = useQuery({
    ...groupQueryOptions(scope, groupQualifiedName ?? ''),
    enabled: !!groupQualifiedName,
  });
  return (
    <ConnectorEditor
      connector={undefined}
      registerIn={group.data ? group.data.qualifiedName : undefined}
    />
  );
}

/** /p/:platformId/edit-connector/{qualifiedName} */
export function EditConnectorPage() {
  const scope = usePlatform();
  const { qualifiedName } = useLoaderData() as ElementLoaderData;
  const { data } = useSuspenseQuery(connectorQueryOptions(scope, qualifiedName));
  // Kept as first read: a save refreshes the cache, and the editor must stay mounted after it.
  const [connector] = useState(data);
  if (!connector)
    return (
      <ElementNotFound
        what="Integration connector"
        qualifiedName={qualifiedName}
        back={{ label: 'Back to the integration groups', to: groupsPath(scope.platform.id) }}
      />
    );
  return <ConnectorEditor key={connector.guid} connector={connector} />;
}

const baselineOf = (connector: IntegrationConnector): Baseline => ({
  version: connector.meta.version,
  updateTime: connector.meta.updateTime,
});

/** Where Egeria's refusals land in the form. */
const EGERIA_FIELDS = { qualifiedName: 'qualifiedName' };
const EGERIA_MESSAGE_FIELDS = {
  'OMAG-COMMON-400-011': 'connection.connectorType.providerClassName',
  'OMAG-COMMON-400-024': 'connection.connectorType.providerClassName',
};

function ConnectorEditor({
  connector: loaded,
  registerIn,
}: {
  connector: IntegrationConnector | undefined;
  /** A group to register the new connector in, once it is created. */
  registerIn?: string;
}) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [stored] = useState(loaded);
  const opened = useMemo(() => toConnectorFormValues(stored), [stored]);

  const groups = useQuery(allGroupsListQueryOptions(scope));
  const connectors = useQuery(allConnectorsQueryOptions(scope));
  const schema = useMemo(
    () =>
      connectorFormSchema({
        ownName: stored?.qualifiedName,
        takenNames: new Set([
          ...(groups.data ?? []).map((g) => g.qualifiedName),
          ...(connectors.data ?? [])
            .filter((c) => c.guid !== stored?.guid)
            .map((c) => c.qualifiedName),
        ]),
      }),
    [groups.data, connectors.data, stored],
  );
  const form = useZodForm<ConnectorFormValues>(schema, { defaultValues: opened });
  const draft = useDraft({
    form,
    key: draftKey(platform.id, 'connector', stored?.guid ?? `new:${registerIn ?? ''}`),
    shape: connectorFormShape,
    opened,
    baseline: stored ? baselineOf(stored) : undefined,
    strip: withoutSecrets,
  });

  const precheck = useCallback(
    async (values: ConnectorFormValues) => {
      if (values.qualifiedName === stored?.qualifiedName) return true;
      const [group, connector] = await Promise.all([
        backend.findGroupByName(values.qualifiedName),
        findConnectorByQualifiedName(backend, values.qualifiedName),
      ]);
      if (group || (connector && connector.guid !== stored?.guid)) {
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
    () => (stored ? backend.getConnector(stored.guid).catch(nullIfGone) : Promise.resolve(null)),
    [backend, stored],
  );
  const flow = useEditorFlow({
    form,
    draft,
    stored,
    toValues: toConnectorFormValues,
    diffFields: connectorDiffFields,
    readFresh: stored ? readFresh : undefined,
    baselineOf,
    precheck,
  });

  const save = useMutation(saveConnectorMutation(scope, queryClient));
  const leaving = useRef(false);
  const [saved, setSaved] = useState<{ qualifiedName: string } | undefined>();
  const memberOf = useQuery({
    ...connectorGroupsQueryOptions(scope, stored?.guid ?? ''),
    enabled: !!stored,
  });

  const { step } = flow;
  const name = stored ? (stored.name ?? stored.qualifiedName) : undefined;
  const title = stored ? `Edit ${name}` : 'New integration connector';
  const crumbs = [
    { label: 'Integration groups', to: groupsPath(platform.id) },
    ...(registerIn ? [{ label: registerIn, to: groupPath(platform.id, registerIn) }] : []),
    ...(stored
      ? [
          {
            label: name ?? stored.qualifiedName,
            to: connectorPath(platform.id, stored.qualifiedName),
          },
        ]
      : []),
    { label: stored ? 'Edit' : 'New connector' },
  ];

  if (saved && stored) {
    return (
      <div className="max-w-4xl space-y-5">
        <PageHeader crumbs={crumbs} title={title} documentTitle={`Saved · ${platform.label}`} />
        <SavedNotice>
          Saved {saved.qualifiedName} to Egeria. Its connection changed, and daemons run a
          connection as they loaded it.
        </SavedNotice>
        <RefreshOffer groupNames={(memberOf.data ?? []).map((g) => g.qualifiedName)} />
        <p className="flex flex-wrap gap-4 text-sm">
          <Link
            to={connectorPath(platform.id, saved.qualifiedName)}
            className="text-sky-800 underline"
          >
            Go to the connector
          </Link>
          {(memberOf.data ?? []).map((g) => (
            <Link
              key={g.guid}
              to={groupPath(platform.id, g.qualifiedName)}
              className="text-sky-800 underline"
            >
              Go to {g.displayName ?? g.qualifiedName}
            </Link>
          ))}
        </p>
      </div>
    );
  }

  let preview = null;
  if (step.kind === 'preview') {
    const storedValues = step.stored ? toConnectorFormValues(step.stored) : undefined;
    const input = toConnectorInput(step.values, storedValues, { update: !!step.stored });
    const request: WriteRequest = step.stored
      ? { kind: 'updateConnector', guid: step.stored.guid, input, options: { merge: true } }
      : { kind: 'createConnector', input };
    const changes = changedFields(
      connectorDiffFields(storedValues ?? toConnectorFormValues(undefined)),
      connectorDiffFields(step.values),
    );
    const endpointChanges = changes.some((c) => /endpoint/.test(c.key));
    const impact: ImpactItem[] = [];
    const others = otherGroupsItem(memberOf.data ?? [], undefined, 'Registered');
    if (others)
      impact.push({
        ...others,
        note: 'Every daemon running these groups runs this connector; they pick the change up when their group configuration is refreshed.',
      });
    impact.push(
      ...sharedUseItems(
        sharedWithOtherConnectors(input.connection, step.stored?.guid, connectors.data ?? []),
        new Set(endpointChanges ? (['endpoint'] as const) : []),
      ),
    );
    if (registerIn)
      impact.push({
        key: 'register-next',
        title: `Next: register it in ${registerIn}`,
        note: 'After the connector is created you choose its registration in the group, with its own preview.',
        tone: 'info',
      });
    preview = (
      <SavePreview
        title={
          stored
            ? 'Review the changes before saving'
            : 'Review the new connector before creating it'
        }
        changes={changes}
        writes={[request]}
        impact={impact}
        impactPending={connectors.isPending || (!!stored && memberOf.isPending)}
        confirmLabel={stored ? 'Save to Egeria' : 'Create connector'}
        saving={save.isPending}
        error={save.error}
        onBack={flow.backToEdit}
        onConfirm={() =>
          save.mutate(
            step.stored
              ? { mode: 'update', guid: step.stored.guid, input, options: { merge: true } }
              : { mode: 'create', input },
            {
              onSuccess: () => {
                draft.clear();
                leaving.current = true;
                if (!step.stored) {
                  void navigate(
                    registerIn
                      ? definitionPaths.registerConnector(
                          platform.id,
                          registerIn,
                          input.qualifiedName,
                        )
                      : connectorPath(platform.id, input.qualifiedName),
                  );
                } else if (
                  storedValues &&
                  connectionChanged(storedValues, step.values) &&
                  (memberOf.data ?? []).length > 0
                ) {
                  setSaved({ qualifiedName: input.qualifiedName });
                } else {
                  void navigate(connectorPath(platform.id, input.qualifiedName));
                }
              },
              onError: (error) => {
                if (
                  showEgeriaErrorOnField(error, form.setError, EGERIA_FIELDS, EGERIA_MESSAGE_FIELDS)
                )
                  flow.backToEdit();
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
        ) : registerIn ? (
          <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere]">
            Once created, it can be registered in {registerIn}.
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
        <DraftBanner savedAt={draft.restored.savedAt} onDiscard={draft.discard} secretsNote />
      ) : null}
      {save.error && step.kind === 'edit' ? (
        <ErrorPanel title="Egeria refused the change" error={save.error} />
      ) : null}
      {flow.checkError ? (
        <ErrorPanel title="Could not check the connector against Egeria" error={flow.checkError} />
      ) : null}
      {step.kind === 'gone' ? (
        <ErrorPanel
          title="This connector no longer exists in Egeria"
          error={
            new Error(
              'It was deleted after you opened this form, so there is nothing to update. Your changes are kept as a draft.',
            )
          }
        />
      ) : null}
      {step.kind === 'conflict' ? (
        <ConflictView
          elementName={name ?? 'The connector'}
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
        <Form form={form} onSubmit={flow.submit} label={title} className="space-y-6">
          <FormErrorSummary labels={CONNECTOR_FIELD_LABELS} />
          <ConnectorFields />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="primary" disabled={step.kind === 'checking'}>
              {step.kind === 'checking' ? 'Checking with Egeria…' : 'Review changes'}
            </Button>
            <Link
              to={
                stored
                  ? connectorPath(platform.id, stored.qualifiedName)
                  : registerIn
                    ? groupPath(platform.id, registerIn)
                    : groupsPath(platform.id)
              }
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

/** The connector's own properties, then its connection. */
function ConnectorFields() {
  const { register } = useFormContext();
  const kind = useWatch({ name: 'connection.kind' }) as ConnectorFormValues['connection']['kind'];
  const connectionId = useId();
  return (
    <>
      <section className="space-y-4" aria-labelledby={`${connectionId}-connector`}>
        <h2 id={`${connectionId}-connector`} className="text-lg font-semibold">
          Connector
        </h2>
        <TextField
          name="qualifiedName"
          label="Qualified name"
          required
          hint="Unique in Egeria."
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
        <TextField
          name="name"
          label="Name"
          hint="Suggested as the connector name when it is registered in a group."
          inputProps={{ autoComplete: 'off' }}
        />
        <TextAreaField name="description" label="Description" rows={3} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="versionIdentifier"
            label="Version"
            inputProps={{ autoComplete: 'off' }}
          />
          <CheckboxField
            name="usesBlockingCalls"
            label="Uses blocking calls"
            hint="The daemon gives the connector its own thread."
            className="sm:mt-6"
          />
        </div>
        <KeyValueEditor name="additionalProperties" legend="Additional properties" />
      </section>

      <section className="space-y-4" aria-labelledby={connectionId}>
        <h2 id={connectionId} className="text-lg font-semibold">
          Connection
        </h2>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Kind of connection</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="inline-flex items-center gap-2">
              <input type="radio" value="Connection" {...register('connection.kind')} />
              Connection
            </label>
            <label className="inline-flex items-center gap-2">
              <input type="radio" value="VirtualConnection" {...register('connection.kind')} />
              Virtual connection (embeds other connections)
            </label>
          </div>
        </fieldset>
        <ConnectionFields prefix="connection" label="Connection" />
        {kind === 'VirtualConnection' ? <EmbeddedConnectionsEditor /> : null}
      </section>
    </>
  );
}
