/**
 * The catalog-target dialog: link an element to a connector, edit a link's properties, or remove
 * it. Each goes form (when there is one) → the exact request, previewed → sent. A type mismatch
 * is said before anything is sent; an Egeria failure is shown in Egeria's words and nothing is
 * left half made (each write is one request). Its own chunk: loaded when a dialog first opens.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import {
  Form,
  FormErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form';
import type {
  CatalogTarget,
  CatalogTargetInput,
  ElementSummary,
  IntegrationConnector,
} from '../../egeria/model';
import type { ImpactItem } from '../preview/impact-item';
import { SavePreview } from '../preview/save-preview';
import { usePlatform } from '../platforms/platform-context';
import {
  DELETE_METHODS,
  PERMITTED_SYNCHRONIZATIONS,
  TargetFormSchema,
  targetFormDefaults,
  toTargetInput,
  type TargetFormValues,
} from './target-form';
import { isGone, targetWriteMutation, type TargetWrite } from './target-mutations';
import { catalogTargetsQueryOptions } from '../groups/group-queries';
import { checkTargetType } from './target-type-check';
import { chooseTargetName, type TargetNameChoice, type TargetNameSource } from './target-names';

export type TargetDialogRequest =
  | { mode: 'add'; connector: IntegrationConnector; connectorName: string; element: ElementSummary }
  | {
      mode: 'edit' | 'remove';
      connector: IntegrationConnector;
      connectorName: string;
      target: CatalogTarget;
    };

export interface TargetDialogProps {
  request: TargetDialogRequest;
  onClose: () => void;
  /** After a successful write, with a sentence saying what was done. */
  onDone: (message: string) => void;
}

/** An optional enum field: its unset choice (saying what applies then), then each value as is. */
const optional = (unset: string, values: readonly string[]) => [
  { value: '', label: unset },
  ...values.map((value) => ({ value, label: value })),
];

export function elementLabel(
  element: ElementSummary | undefined,
  fallback = 'the element',
): string {
  return element?.displayName ?? element?.qualifiedName ?? element?.guid ?? fallback;
}

const FIELD_LABELS: Record<string, string> = {
  catalogTargetName: 'Catalog target name',
  configurationProperties: 'Configuration properties',
  templates: 'Templates',
};

const NAME_HINTS: Record<TargetNameSource | 'edit', string> = {
  existing:
    'The name this connector already uses for its other targets (the list offers each); the connector looks targets up by name.',
  documented:
    'A name this connector’s type documents (the list offers each); the connector looks targets up by name.',
  element:
    'The name the connector looks this target up by (its documentation names the ones it knows).',
  edit: 'The name the connector looks this target up by (its documentation names the ones it knows).',
};

/**
 * For a new link: the name to start with and the names to offer (target-names.ts). The
 * connector's targets are read without a query observer: the graph reads the same entry with
 * fetchQuery alone, and an observer leaving as the dialog closes would cancel its re-read.
 */
function useTargetName(request: TargetDialogRequest): TargetNameChoice | null {
  const scope = usePlatform();
  const queryClient = useQueryClient();
  const adding = request.mode === 'add';
  const guid = request.connector.guid;
  const [existing, setExisting] = useState(() =>
    queryClient.getQueryData(catalogTargetsQueryOptions(scope, guid).queryKey),
  );
  useEffect(() => {
    if (!adding) return;
    let live = true;
    // Without them the name falls back to the documented one: naming never blocks linking.
    queryClient.ensureQueryData(catalogTargetsQueryOptions(scope, guid)).then(
      (targets) => live && setExisting(targets),
      () => live && setExisting([]),
    );
    return () => {
      live = false;
    };
  }, [adding, queryClient, scope, guid]);
  return useMemo(
    () =>
      adding
        ? chooseTargetName(
            existing ?? [],
            request.connector.connection?.connectorType?.connectorProviderClassName,
            request.element,
          )
        : null,
    [adding, existing, request],
  );
}

export default function TargetDialog({ request, onClose, onDone }: TargetDialogProps) {
  const scope = usePlatform();
  const queryClient = useQueryClient();
  const mutation = useMutation(targetWriteMutation(scope, queryClient));
  const stored = request.mode === 'add' ? undefined : request.target;
  const element = request.mode === 'add' ? request.element : request.target.element;
  const [input, setInput] = useState<CatalogTargetInput | null>(
    request.mode === 'remove' ? { catalogTargetName: request.target.catalogTargetName } : null,
  );
  const naming = useTargetName(request);
  const form = useZodForm<TargetFormValues>(TargetFormSchema, {
    defaultValues: targetFormDefaults(stored, naming?.value ?? ''),
  });
  // The connector's other targets may arrive after the form opens: a name not yet typed follows.
  const namingValue = naming?.value;
  useEffect(() => {
    if (namingValue !== undefined && !form.getFieldState('catalogTargetName').isDirty)
      form.resetField('catalogTargetName', { defaultValue: namingValue });
  }, [form, namingValue]);
  const namesId = useId();

  const connectorType = request.connector.connection?.connectorType;
  const mismatch = request.mode === 'add' ? checkTargetType(connectorType, request.element) : null;
  const what = elementLabel(element);

  const write = useMemo<TargetWrite | null>(() => {
    if (!input) return null;
    if (request.mode === 'add')
      return {
        kind: 'addCatalogTarget',
        connectorGuid: request.connector.guid,
        elementGuid: request.element.guid,
        input,
      };
    if (request.mode === 'edit')
      return {
        kind: 'updateCatalogTarget',
        relationshipGuid: request.target.relationshipGuid,
        input,
      };
    return { kind: 'removeCatalogTarget', relationshipGuid: request.target.relationshipGuid };
  }, [input, request]);

  const title =
    request.mode === 'add'
      ? `Link “${what}” to ${request.connectorName}`
      : request.mode === 'edit'
        ? `Edit catalog target “${request.target.catalogTargetName}”`
        : `Remove catalog target “${request.target.catalogTargetName}”`;

  const impact: ImpactItem[] = [
    ...(mismatch
      ? [
          {
            key: 'type',
            title: 'The element does not match what the connector type supports',
            names: mismatch.reasons,
            tone: 'warning' as const,
          },
        ]
      : []),
    {
      key: 'daemon',
      title: `${request.connectorName} picks the change up at its next refresh`,
      note: 'The integration daemon reads a connector’s catalog targets each time it refreshes; refresh the connector to apply the change now.',
      tone: 'info',
    },
  ];

  const confirm = () => {
    if (!write) return;
    mutation.mutate(
      { write, connectorGuid: request.connector.guid },
      {
        onSuccess: () =>
          onDone(
            request.mode === 'add'
              ? `Linked “${what}” to ${request.connectorName} as catalog target “${input?.catalogTargetName ?? ''}”.`
              : request.mode === 'edit'
                ? `Saved catalog target “${input?.catalogTargetName ?? ''}” of ${request.connectorName}.`
                : `Removed catalog target “${request.target.catalogTargetName}” from ${request.connectorName}.`,
          ),
      },
    );
  };

  const gone = mutation.isError && isGone(mutation.error);

  return (
    <Dialog
      open
      size="wide"
      title={title}
      onClose={onClose}
      actions={
        <Button onClick={onClose} disabled={mutation.isPending}>
          {mutation.isError ? 'Close' : 'Cancel'}
        </Button>
      }
    >
      <div className="space-y-4">
        {mismatch ? (
          <div
            role="note"
            aria-label="Type check"
            className="rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p className="font-semibold">
              <span aria-hidden="true">⚠ </span>
              {what} may not suit this connector
            </p>
            <ul className="mt-1 list-disc pl-5 [overflow-wrap:anywhere]">
              {mismatch.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <p className="mt-1">
              Egeria will link it all the same; the connector may ignore it or fail on it.
            </p>
          </div>
        ) : null}
        {element ? (
          <p className="[overflow-wrap:anywhere]">
            {request.mode === 'add' ? 'Element' : 'Target element'}:{' '}
            <span className="font-medium">{what}</span> ({element.typeName})
            {element.qualifiedName ? (
              <>
                {' '}
                · <code>{element.qualifiedName}</code>
              </>
            ) : null}
          </p>
        ) : null}
        {input === null ? (
          <Form
            form={form}
            label={title}
            onSubmit={(values) => setInput(toTargetInput(values, stored))}
            className="space-y-3"
          >
            <FormErrorSummary labels={FIELD_LABELS} />
            <TextField
              name="catalogTargetName"
              label="Catalog target name"
              required
              hint={NAME_HINTS[naming?.source ?? 'edit']}
              inputProps={naming && naming.choices.length > 0 ? { list: namesId } : undefined}
            />
            {naming && naming.choices.length > 0 ? (
              <datalist id={namesId}>
                {naming.choices.map((choice) => (
                  <option key={choice} value={choice} />
                ))}
              </datalist>
            ) : null}
            <TextField
              name="metadataSourceQualifiedName"
              label="Metadata source qualifiedName"
              hint="Optional: the software capability the connector records as the source of what it catalogues from this target."
            />
            <TextAreaField
              name="configurationProperties"
              label="Configuration properties (JSON object)"
              rows={3}
              hint="Optional: settings for this target only, overriding the connection's."
            />
            <TextAreaField
              name="templates"
              label="Templates (JSON object of name → template qualifiedName)"
              rows={2}
            />
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField
                name="permittedSynchronization"
                label="Permitted synchronization"
                options={optional('Not set (the registration’s)', PERMITTED_SYNCHRONIZATIONS)}
              />
              <SelectField
                name="deleteMethod"
                label="Delete method"
                options={optional('Not set (ARCHIVE)', DELETE_METHODS)}
              />
            </div>
            <div className="flex justify-end">
              <Button type="submit" variant="primary">
                Review the request
              </Button>
            </div>
          </Form>
        ) : write ? (
          <SavePreview
            title={
              request.mode === 'remove'
                ? 'Review the removal'
                : request.mode === 'add'
                  ? 'Review the link'
                  : 'Review the change'
            }
            writes={[write]}
            impact={request.mode === 'remove' ? impact.slice(-1) : impact}
            confirmLabel={
              request.mode === 'add'
                ? mismatch
                  ? 'Link anyway'
                  : 'Link catalog target'
                : request.mode === 'edit'
                  ? 'Save catalog target'
                  : 'Remove catalog target'
            }
            confirmVariant={request.mode === 'remove' ? 'danger' : 'primary'}
            saving={mutation.isPending}
            error={mutation.error ?? undefined}
            errorTitle={
              gone
                ? 'Egeria no longer has this element or relationship; nothing was changed'
                : 'Egeria refused the change; nothing was changed'
            }
            onBack={request.mode === 'remove' ? undefined : () => setInput(null)}
            onConfirm={confirm}
          >
            {request.mode === 'remove' ? (
              <p>
                The element itself stays in Egeria; only its CatalogTarget relationship with{' '}
                {request.connectorName} is deleted.
              </p>
            ) : null}
          </SavePreview>
        ) : null}
      </div>
    </Dialog>
  );
}
