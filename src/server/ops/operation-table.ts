/**
 * The operation table: the only Egeria calls the console server makes for a browser. One entry
 * per EgeriaBackend method, with its stable name and role (src/egeria/operations.ts), a schema of
 * its arguments checked against the platform's configuration, and what the audit log records of
 * it. A name not in the table is refused before anything reaches a platform.
 */
import { z } from 'zod';
import { STORED_ELEMENT_KINDS } from '../../egeria/backend';
import {
  OPERATIONS,
  WRITE_ROLES,
  type BackendMethod,
  type OperationInfo,
  type Role,
} from '../../egeria/operations';
import {
  catalogTargetInput,
  configurationProperties,
  connectionInput,
  connectorInput,
  groupInput,
  guid,
  name,
  oneOf,
  pageRequest,
  registrationInput,
  searchString,
  typeNames,
  updateOptions,
} from './arg-schemas';

/** An element an audited operation is about, so the log can be shown on that element's page. */
export interface AuditSubject {
  kind: 'group' | 'connector' | 'catalogTarget' | 'element' | 'daemon';
  guid?: string;
  name?: string;
}

export interface OperationSpec extends OperationInfo {
  method: BackendMethod;
  /** The arguments, as a tuple; trailing optional ones may be left out. */
  args: z.ZodType<unknown[]>;
  /** The role these arguments need, when more than the operation's own (a preview of a write). */
  roleFor?: (args: unknown[]) => Role;
  /** What an audit entry names. */
  subjects: (args: unknown[]) => AuditSubject[];
}

/** What the table checks arguments against: the platform's configured daemons and servers. */
export interface OperationScope {
  daemons: readonly string[];
  /** Servers the console may ask about: the metadata and view servers and the daemons. */
  servers: readonly string[];
}

type Args = unknown[];
const at = <T>(args: Args, i: number) => args[i] as T;
const none = () => [];

export function buildOperationTable(scope: OperationScope): Record<BackendMethod, OperationSpec> {
  const daemon = oneOf(scope.daemons, 'integration daemons');
  const server = oneOf(scope.servers, 'servers');
  const connectorName = name;

  const writeRequest = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('createGroup'), input: groupInput }),
    z.strictObject({
      kind: z.literal('updateGroup'),
      guid,
      input: groupInput,
      options: updateOptions,
    }),
    z.strictObject({ kind: z.literal('deleteGroup'), guid, qualifiedName: name }),
    z.strictObject({ kind: z.literal('createConnector'), input: connectorInput }),
    z.strictObject({
      kind: z.literal('updateConnector'),
      guid,
      input: connectorInput,
      options: updateOptions,
    }),
    z.strictObject({ kind: z.literal('deleteConnector'), guid, qualifiedName: name }),
    z.strictObject({
      kind: z.literal('registerConnector'),
      groupGuid: guid,
      connectorGuid: guid,
      input: registrationInput,
    }),
    z.strictObject({
      kind: z.literal('unregisterConnector'),
      groupGuid: guid,
      connectorGuid: guid,
    }),
    z.strictObject({
      kind: z.literal('addCatalogTarget'),
      connectorGuid: guid,
      elementGuid: guid,
      input: catalogTargetInput,
    }),
    z.strictObject({
      kind: z.literal('updateCatalogTarget'),
      relationshipGuid: guid,
      input: catalogTargetInput,
    }),
    z.strictObject({ kind: z.literal('removeCatalogTarget'), relationshipGuid: guid }),
    z.strictObject({ kind: z.literal('refreshGroupConfig'), daemon, groupName: name }),
  ]);

  const group = (g?: string, n?: string): AuditSubject => ({ kind: 'group', guid: g, name: n });
  const connector = (g?: string, n?: string): AuditSubject => ({
    kind: 'connector',
    guid: g,
    name: n,
  });
  const onDaemon = (args: Args): AuditSubject => ({ kind: 'daemon', name: at(args, 0) });

  const spec = (
    method: BackendMethod,
    args: z.ZodType<unknown[]>,
    subjects: (args: Args) => AuditSubject[] = none,
    roleFor?: (args: Args) => Role,
  ): OperationSpec => ({ ...OPERATIONS[method], method, args, subjects, roleFor });

  return {
    previewRequest: spec(
      'previewRequest',
      z.tuple([writeRequest]),
      none,
      (args) => WRITE_ROLES[at<{ kind: keyof typeof WRITE_ROLES }>(args, 0).kind],
    ),
    platformOrigin: spec('platformOrigin', z.tuple([])),
    knownServers: spec('knownServers', z.tuple([])),
    activeServers: spec('activeServers', z.tuple([])),
    serverStatus: spec('serverStatus', z.tuple([server])),

    listGroups: spec('listGroups', z.tuple([pageRequest])),
    getGroup: spec('getGroup', z.tuple([guid])),
    findGroupByName: spec('findGroupByName', z.tuple([name])),
    createGroup: spec('createGroup', z.tuple([groupInput]), (a) => [
      group(undefined, at<{ qualifiedName: string }>(a, 0).qualifiedName),
    ]),
    updateGroup: spec('updateGroup', z.tuple([guid, groupInput, updateOptions]), (a) => [
      group(at(a, 0), at<{ qualifiedName: string }>(a, 1).qualifiedName),
    ]),
    deleteGroup: spec('deleteGroup', z.tuple([guid, name]), (a) => [group(at(a, 0), at(a, 1))]),

    listConnectors: spec('listConnectors', z.tuple([pageRequest])),
    getConnector: spec('getConnector', z.tuple([guid])),
    findConnectorByName: spec('findConnectorByName', z.tuple([name])),
    createConnector: spec('createConnector', z.tuple([connectorInput]), (a) => {
      const input = at<{ qualifiedName: string; name?: string }>(a, 0);
      return [connector(undefined, input.qualifiedName), connector(undefined, input.name)];
    }),
    updateConnector: spec(
      'updateConnector',
      z.tuple([guid, connectorInput, updateOptions]),
      (a) => {
        const input = at<{ qualifiedName: string; name?: string }>(a, 1);
        return [connector(at(a, 0), input.qualifiedName), connector(undefined, input.name)];
      },
    ),
    deleteConnector: spec('deleteConnector', z.tuple([guid, name]), (a) => [
      connector(at(a, 0), at(a, 1)),
    ]),
    groupsOfConnector: spec('groupsOfConnector', z.tuple([guid])),
    storedElement: spec('storedElement', z.tuple([z.enum(STORED_ELEMENT_KINDS), guid])),

    registerConnector: spec('registerConnector', z.tuple([guid, guid, registrationInput]), (a) => [
      group(at(a, 0)),
      connector(at(a, 1), at<{ connectorName: string }>(a, 2).connectorName),
    ]),
    getRegistration: spec('getRegistration', z.tuple([guid, guid])),
    listRegistrations: spec('listRegistrations', z.tuple([guid, pageRequest])),
    unregisterConnector: spec('unregisterConnector', z.tuple([guid, guid]), (a) => [
      group(at(a, 0)),
      connector(at(a, 1)),
    ]),

    addCatalogTarget: spec('addCatalogTarget', z.tuple([guid, guid, catalogTargetInput]), (a) => [
      connector(at(a, 0)),
      { kind: 'element', guid: at(a, 1) },
      { kind: 'catalogTarget', name: at<{ catalogTargetName: string }>(a, 2).catalogTargetName },
    ]),
    getCatalogTarget: spec('getCatalogTarget', z.tuple([guid])),
    listCatalogTargets: spec('listCatalogTargets', z.tuple([guid, pageRequest])),
    listAllCatalogTargets: spec('listAllCatalogTargets', z.tuple([pageRequest])),
    updateCatalogTarget: spec('updateCatalogTarget', z.tuple([guid, catalogTargetInput]), (a) => [
      {
        kind: 'catalogTarget',
        guid: at(a, 0),
        name: at<{ catalogTargetName: string }>(a, 1).catalogTargetName,
      },
    ]),
    removeCatalogTarget: spec('removeCatalogTarget', z.tuple([guid]), (a) => [
      { kind: 'catalogTarget', guid: at(a, 0) },
    ]),

    searchElements: spec('searchElements', z.tuple([searchString, typeNames, pageRequest])),

    daemonStatus: spec('daemonStatus', z.tuple([daemon])),
    groupSummaries: spec('groupSummaries', z.tuple([daemon])),
    groupSummary: spec('groupSummary', z.tuple([daemon, name])),
    refreshGroupConfig: spec('refreshGroupConfig', z.tuple([daemon, name]), (a) => [
      onDaemon(a),
      group(undefined, at(a, 1)),
    ]),
    connectorConfigurationProperties: spec(
      'connectorConfigurationProperties',
      z.tuple([daemon, connectorName]),
    ),
    updateConnectorConfigurationProperties: spec(
      'updateConnectorConfigurationProperties',
      z.tuple([daemon, connectorName, configurationProperties, updateOptions]),
      (a) => [onDaemon(a), connector(undefined, at(a, 1))],
    ),
    updateEndpointAddress: spec(
      'updateEndpointAddress',
      z.tuple([daemon, connectorName, z.string().min(1).max(4096)]),
      (a) => [onDaemon(a), connector(undefined, at(a, 1))],
    ),
    updateConnectorConnection: spec(
      'updateConnectorConnection',
      z.tuple([daemon, connectorName, connectionInput]),
      (a) => [onDaemon(a), connector(undefined, at(a, 1))],
    ),
    refreshConnectors: spec(
      'refreshConnectors',
      z.tuple([daemon, connectorName.optional()]),
      (a) => [onDaemon(a), ...(at(a, 1) ? [connector(undefined, at(a, 1))] : [])],
    ),
    restartConnectors: spec(
      'restartConnectors',
      z.tuple([daemon, connectorName.optional()]),
      (a) => [onDaemon(a), ...(at(a, 1) ? [connector(undefined, at(a, 1))] : [])],
    ),
  };
}

/** Table entries by operation name. */
export function byName(table: Record<BackendMethod, OperationSpec>): Map<string, OperationSpec> {
  return new Map(Object.values(table).map((spec) => [spec.name, spec]));
}
