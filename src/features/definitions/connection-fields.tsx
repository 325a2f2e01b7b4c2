import { useId, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../components/button';
import { TextAreaField, TextField } from '../../components/form';
import { embedsConnections } from '../../egeria/backend';
import { catalogEntry } from './connector-catalog';
import { usePlatform } from '../platforms/platform-context';
import { newEmbeddedValues, type EmbeddedValues } from './connector-form';
import { ConfigurationEditor } from './configuration-editor';
import { ConnectorTypeField } from './connector-type-field';
import { SecretField, SecuredPropertiesField } from './secret-fields';

/**
 * The parts every connection has: connector type, endpoint, user id, configuration properties and
 * secrets. `prefix` is the form path of the connection (the connector's own, or an embedded one).
 */
export function ConnectionFields({ prefix, label }: { prefix: string; label: string }) {
  const providerClassName = useWatch({
    name: `${prefix}.connectorType.providerClassName`,
  }) as string;
  const recognized = catalogEntry(providerClassName)?.recognizedConfigurationProperties ?? [];
  return (
    <div className="space-y-4">
      <ConnectorTypeField prefix={prefix} label={label} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField
          name={`${prefix}.endpoint.address`}
          label={`${label}: endpoint address`}
          hint="A URL (https://host:9443/…, jdbc:postgresql://host/db), host:port, or a file path. Leave empty to keep the stored endpoint."
          inputProps={{ autoComplete: 'off', spellCheck: false }}
        />
        <TextField
          name={`${prefix}.endpoint.protocol`}
          label={`${label}: endpoint protocol`}
          inputProps={{ autoComplete: 'off' }}
        />
      </div>
      <TextField
        name={`${prefix}.userId`}
        label={`${label}: user id`}
        hint="The user the connector authenticates as."
        inputProps={{ autoComplete: 'off' }}
      />
      <ConfigurationEditor name={`${prefix}.configuration`} label={label} recognized={recognized} />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{label}: secrets</legend>
        <p className="text-xs text-slate-600">
          Secrets are write-only: the console shows whether each is set, never its value.
        </p>
        <SecretField name={`${prefix}.secrets.clearPassword`} label={`${label}: clear password`} />
        <SecretField
          name={`${prefix}.secrets.encryptedPassword`}
          label={`${label}: encrypted password`}
        />
        <SecuredPropertiesField
          name={`${prefix}.secrets.securedProperties`}
          label={`${label}: secured properties`}
        />
      </fieldset>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium">
          {label}: name and description
        </summary>
        <div className="mt-3 space-y-3">
          <TextField
            name={`${prefix}.qualifiedName`}
            label={`${label}: qualified name of the connection`}
            hint="Left empty, Egeria names it after the connector."
            inputProps={{ autoComplete: 'off', spellCheck: false }}
          />
          <TextField
            name={`${prefix}.displayName`}
            label={`${label}: display name of the connection`}
            inputProps={{ autoComplete: 'off' }}
          />
          <TextAreaField
            name={`${prefix}.description`}
            label={`${label}: description of the connection`}
            rows={2}
          />
        </div>
      </details>
    </div>
  );
}

/**
 * The connections a virtual connection embeds, in order (Egeria's `position`): add, remove and
 * move, each with its own connector type, endpoint, properties and secrets.
 */
export function EmbeddedConnectionsEditor() {
  const name = 'connection.embedded';
  const { platform } = usePlatform();
  const cannotEmbed = !embedsConnections(platform.dialect);
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const embedded = (useWatch({ name }) ?? []) as EmbeddedValues[];
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();
  const title = (index: number) =>
    embedded[index]?.displayName ||
    catalogEntry(embedded[index]?.connection.connectorType.providerClassName ?? '')?.displayName ||
    'unnamed';

  function moveTo(from: number, to: number) {
    const label = title(from);
    move(from, to);
    setAnnouncement(`Moved ${label} to position ${to + 1} of ${fields.length}.`);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold">
        Embedded connections
      </h3>
      <p className="text-sm text-slate-600">
        The connector uses these in order; for example a secrets store that holds its credentials.
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {fields.length === 0 ? (
        <p className="text-sm text-slate-600">No embedded connections yet.</p>
      ) : null}
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const label = `Embedded connection ${index + 1}`;
          return (
            <li key={field.id}>
              <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
                <legend className="px-1 text-sm font-semibold [overflow-wrap:anywhere]">
                  {label}: {title(index)}
                </legend>
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    onClick={() => moveTo(index, index - 1)}
                    disabled={index === 0}
                    aria-label={`Move ${label.toLowerCase()} up`}
                  >
                    Move up
                  </Button>
                  <Button
                    size="sm"
                    onClick={() => moveTo(index, index + 1)}
                    disabled={index === fields.length - 1}
                    aria-label={`Move ${label.toLowerCase()} down`}
                  >
                    Move down
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      setAnnouncement(`Removed ${title(index)}.`);
                      remove(index);
                    }}
                    aria-label={`Remove ${label.toLowerCase()}`}
                  >
                    Remove
                  </Button>
                </div>
                <TextField
                  name={`${name}.${index}.displayName`}
                  label={`${label}: display name`}
                  inputProps={{ autoComplete: 'off' }}
                />
                <ConnectionFields prefix={`${name}.${index}.connection`} label={label} />
                <details className="rounded-md border border-slate-200 bg-white p-3">
                  <summary className="cursor-pointer text-sm font-medium">
                    {label}: arguments
                  </summary>
                  <div className="mt-2">
                    <TextAreaField
                      name={`${name}.${index}.argumentsJson`}
                      label={`${label}: arguments (JSON object)`}
                      rows={3}
                      hint="Extra arguments the virtual connector passes to this one; usually empty."
                    />
                  </div>
                </details>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {cannotEmbed ? (
        <p id={`${headingId}-limit`} className="text-sm text-amber-800">
          Egeria 5.3 cannot read back a connection that embeds other connections (reading one stops
          the platform), so the console does not make one there. Embedded connections, such as a
          secrets store, need Egeria 6.1 or later.
        </p>
      ) : null}
      <Button
        disabled={cannotEmbed}
        aria-describedby={cannotEmbed ? `${headingId}-limit` : undefined}
        onClick={() => {
          append(newEmbeddedValues());
          setAnnouncement(`Added embedded connection ${fields.length + 1}.`);
        }}
      >
        Add embedded connection
      </Button>
    </section>
  );
}
