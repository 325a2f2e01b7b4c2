import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLoaderData, useNavigate } from 'react-router';
import { CheckboxField, TextAreaField, TextField } from '../../components/form';
import type { EgeriaBackend } from '../../egeria/backend';
import type { IntegrationConnector } from '../../egeria/model';
import { connectorPath, definitionPaths, groupPath, groupsPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { SavePreview } from '../preview/save-preview';
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
import { useRouteElement } from './route-element';
import type { ElementSave } from './definition-mutations';
import {
  connectorGroupsQueryOptions,
  connectorQueryOptions,
  groupQueryOptions,
} from './definition-queries';
import { ConnectorNotFound, DonePage } from './definition-shell';
import { draftKey } from './drafts';
import { EditorShell, VersionLine } from './editor-shell';
import { changedFields } from './field-diff';
import {
  otherGroupsItem,
  sharedUseItems,
  sharedWithOtherConnectors,
  type ImpactItem,
} from './impact';
import { KeyValueEditor } from './key-value-editor';
import { useElementEditor } from './use-definition-editor';

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
  const { qualifiedName, element: connector } = useRouteElement(connectorQueryOptions);
  if (!connector) return <ConnectorNotFound qualifiedName={qualifiedName} />;
  return <ConnectorEditor key={connector.guid} connector={connector} />;
}

const readConnector = (backend: EgeriaBackend, guid: string) => backend.getConnector(guid);

function ConnectorEditor({
  connector: loaded,
  registerIn,
}: {
  connector: IntegrationConnector | undefined;
  /** A group to register the new connector in, once it is created. */
  registerIn?: string;
}) {
  const scope = usePlatform();
  const { platform } = scope;
  const navigate = useNavigate();
  const editor = useElementEditor({
    loaded,
    toValues: toConnectorFormValues,
    schemaFor: connectorFormSchema,
    read: readConnector,
    diffFields: connectorDiffFields,
    draft: {
      key: draftKey(platform.id, 'connector', loaded?.guid ?? `new:${registerIn ?? ''}`),
      shape: connectorFormShape,
      strip: withoutSecrets,
    },
    egeriaMessageFields: {
      'OMAG-COMMON-400-011': 'connection.connectorType.providerClassName',
      'OMAG-COMMON-400-024': 'connection.connectorType.providerClassName',
    },
  });
  const { connectors, stored } = editor;
  const [saved, setSaved] = useState<{ qualifiedName: string } | undefined>();
  const memberOf = useQuery({
    ...connectorGroupsQueryOptions(scope, stored?.guid ?? ''),
    enabled: !!stored,
  });

  const { step } = editor.flow;
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
      <DonePage
        crumbs={crumbs}
        title={title}
        documentTitle="Saved"
        notice={
          <>
            Saved {saved.qualifiedName} to Egeria. Its connection changed, and daemons run a
            connection as they loaded it.
          </>
        }
        refreshGroups={(memberOf.data ?? []).map((g) => g.qualifiedName)}
        links={[
          { label: 'Go to the connector', to: connectorPath(platform.id, saved.qualifiedName) },
          ...(memberOf.data ?? []).map((g) => ({
            label: `Go to ${g.displayName ?? g.qualifiedName}`,
            to: groupPath(platform.id, g.qualifiedName),
          })),
        ]}
      />
    );
  }

  let preview = null;
  if (step.kind === 'preview') {
    const storedValues = step.stored ? toConnectorFormValues(step.stored) : undefined;
    const input = toConnectorInput(step.values, storedValues, { update: !!step.stored });
    const request: ElementSave = step.stored
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
        impact={impact}
        impactPending={connectors.isPending || (!!stored && memberOf.isPending)}
        confirmLabel={stored ? 'Save to Egeria' : 'Create connector'}
        {...editor.previewOf(request, () => {
          if (!step.stored) {
            void navigate(
              registerIn
                ? definitionPaths.registerConnector(platform.id, registerIn, input.qualifiedName)
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
        })}
      />
    );
  }

  return (
    <EditorShell
      crumbs={crumbs}
      title={title}
      header={
        stored ? (
          <VersionLine meta={stored.meta} />
        ) : registerIn ? (
          <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere]">
            Once created, it can be registered in {registerIn}.
          </p>
        ) : null
      }
      {...editor.shell}
      secretsNote
      what="connector"
      gone={{
        title: 'This connector no longer exists in Egeria',
        text: 'It was deleted after you opened this form, so there is nothing to update. Your changes are kept as a draft.',
      }}
      conflict={{ elementName: name ?? 'The connector', versionOf: (fresh) => fresh.meta }}
      preview={preview}
      labels={CONNECTOR_FIELD_LABELS}
      formClassName="space-y-6"
      cancelTo={
        stored
          ? connectorPath(platform.id, stored.qualifiedName)
          : registerIn
            ? groupPath(platform.id, registerIn)
            : groupsPath(platform.id)
      }
    >
      <ConnectorFields />
    </EditorShell>
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
