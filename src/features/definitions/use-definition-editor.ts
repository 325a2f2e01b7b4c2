/**
 * What every definition form page (group, connector, registration) wires the same way: the draft,
 * the edit → check → preview flow, the save mutation, and what a confirmed save does (forget the
 * draft, leave without the guard asking; or put Egeria's refusal on the field it names).
 * `EditorShell` takes `editor.shell`; the page's `SavePreview` takes `editor.preview`.
 */
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useZodForm } from '../../components/form';
import type { EgeriaBackend, WriteRequest } from '../../egeria/backend';
import type { ElementMeta } from '../../egeria/model';
import { usePlatform } from '../platforms/platform-context';
import { saveElementMutation, type ElementSave } from './definition-mutations';
import { nullIfGone } from './definition-queries';
import { showEgeriaErrorOnField } from './egeria-field-errors';
import type { QualifiedNameContext } from './group-form';
import { useNameInUseCheck, useTakenQualifiedNames } from './unique-names';
import { useDraft, type UseDraftOptions } from './use-draft';
import { metaBaseline, useEditorFlow, type EditorFlowOptions } from './use-editor-flow';

export interface DefinitionEditorOptions<
  T extends FieldValues,
  E,
  D,
  V extends WriteRequest,
> extends Omit<EditorFlowOptions<T, E>, 'draft'> {
  draft: Omit<UseDraftOptions<T>, 'form'>;
  mutation: UseMutationOptions<D, Error, V>;
  /** Where Egeria's refusals land: by the parameter it names, then by its message id. */
  egeriaFields: Record<string, string>;
  egeriaMessageFields?: Record<string, string>;
}

export function useDefinitionEditor<T extends FieldValues, E, D, V extends WriteRequest>({
  draft: draftOptions,
  mutation,
  egeriaFields,
  egeriaMessageFields,
  ...flowOptions
}: DefinitionEditorOptions<T, E, D, V>) {
  const { form } = flowOptions;
  const draft = useDraft({ form, ...draftOptions });
  const flow = useEditorFlow({ ...flowOptions, draft });
  const save = useMutation(mutation);
  const leaving = useRef(false);

  /** Saves; once Egeria took it, the draft goes and `then` leads on. */
  const confirm = (variables: V, then: () => void) =>
    save.mutate(variables, {
      onSuccess: () => {
        draft.clear();
        leaving.current = true;
        then();
      },
      onError: (error) => {
        if (showEgeriaErrorOnField(error, form.setError, egeriaFields, egeriaMessageFields))
          flow.backToEdit();
      },
    });

  return {
    form,
    draft,
    flow,
    shell: { form, draft, flow, leaving, saveError: save.error },
    /** The save preview's part: the one write it shows and sends, and what follows it. */
    previewOf: (request: V, then: () => void) => ({
      writes: [request],
      saving: save.isPending,
      error: save.error,
      onBack: flow.backToEdit,
      onConfirm: () => confirm(request, then),
    }),
  };
}

/** A group or a connector: versioned, named by a qualified name unique across both. */
interface NamedElement {
  guid: string;
  qualifiedName: string;
  meta: ElementMeta;
}

export interface ElementEditorOptions<
  T extends FieldValues & { qualifiedName: string },
  E,
> extends Omit<
  DefinitionEditorOptions<T, E, string | undefined, ElementSave>,
  | 'form'
  | 'draft'
  | 'readFresh'
  | 'baselineOf'
  | 'precheck'
  | 'toValues'
  | 'stored'
  | 'mutation'
  | 'egeriaFields'
> {
  /** The element as the route read it; undefined for a new one. */
  loaded: E | undefined;
  /** The values the form opens with: the stored element's, or a new one's. */
  toValues: (element: E | undefined) => T;
  schemaFor: (names: QualifiedNameContext) => z.ZodType<T, T>;
  /** Reads the element as Egeria holds it now. */
  read: (backend: EgeriaBackend, guid: string) => Promise<E>;
  draft: Omit<UseDraftOptions<T>, 'form' | 'opened' | 'baseline'>;
}

/**
 * The group and connector editors: their form checks the qualified name against the names the
 * console has read (and against Egeria just before the preview), an edit compares Egeria's
 * version of the element, and the save is `saveElementMutation`.
 */
export function useElementEditor<
  T extends FieldValues & { qualifiedName: string },
  E extends NamedElement,
>({ loaded, toValues, schemaFor, read, draft, ...rest }: ElementEditorOptions<T, E>) {
  const scope = usePlatform();
  const queryClient = useQueryClient();
  // What the form opened with stays put while the cache refreshes underneath.
  const [stored] = useState(loaded);
  const opened = useMemo(() => toValues(stored), [toValues, stored]);
  const { taken, connectors } = useTakenQualifiedNames(scope, stored?.guid);
  const schema = useMemo(
    () => schemaFor({ ownName: stored?.qualifiedName, takenNames: taken }),
    [schemaFor, taken, stored],
  );
  // react-hook-form takes the resolver afresh on every render, so the names loaded later count.
  const form = useZodForm<T>(schema, { defaultValues: opened as DefaultValues<T> });
  const precheck = useNameInUseCheck(scope, form, stored);
  const { backend } = scope;
  const readFresh = useCallback(
    () => (stored ? read(backend, stored.guid).catch(nullIfGone) : Promise.resolve(null)),
    [read, backend, stored],
  );
  const editor = useDefinitionEditor<T, E, string | undefined, ElementSave>({
    ...rest,
    form,
    stored,
    toValues,
    readFresh: stored ? readFresh : undefined,
    baselineOf: metaBaseline,
    precheck,
    draft: { ...draft, opened, baseline: stored ? metaBaseline(stored) : undefined },
    mutation: saveElementMutation(scope, queryClient),
    egeriaFields: { qualifiedName: 'qualifiedName' },
  });
  return { ...editor, stored, connectors };
}
