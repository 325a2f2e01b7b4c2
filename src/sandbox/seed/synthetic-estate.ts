/**
 * The synthetic estate for scale: one large group (`Synthetic:IntegrationGroup:Large`) with N
 * connectors, each with its own connection and endpoint, one of a handful of shared connector
 * types, a registration and one to three catalog targets; optionally more, smaller groups. One
 * daemon runs them all.
 */
import { groupConfig, type DaemonConfigDocument } from '../daemon/daemon-config';
import type { Estate } from '../model/estate';
import type { ConnectionBean } from '../services/request-beans';
import { PROVIDERS, SeedWriter } from './seed-writer';

export const SYNTHETIC_GROUP = 'Synthetic:IntegrationGroup:Large';
export const SYNTHETIC_DAEMON = 'integration-daemon';
/** Connectors in each additional group when `groups` > 1. */
export const EXTRA_GROUP_SIZE = 10;

interface Shape {
  provider: string;
  targetType: string;
  catalogTargetName: string;
  address: (n: number) => string;
}

const SHAPES: Shape[] = [
  {
    provider: PROVIDERS.dataFilesMonitor,
    targetType: 'FileFolder',
    catalogTargetName: 'directoryToMonitor',
    address: (n) => `synthetic/landing/zone-${n % 40}/feed-${n}`,
  },
  {
    provider: PROVIDERS.dataFolderMonitor,
    targetType: 'DataFolder',
    catalogTargetName: 'directoryToMonitor',
    address: (n) => `synthetic/folders/folder-${n}`,
  },
  {
    provider: PROVIDERS.kafkaTopic,
    targetType: 'SoftwareServer',
    catalogTargetName: 'kafkaServerToMonitor',
    address: (n) => `kafka-${n % 12}.synthetic.example:9092`,
  },
  {
    provider: PROVIDERS.postgresServer,
    targetType: 'SoftwareServer',
    catalogTargetName: 'postgreSQLServer',
    address: (n) => `jdbc:postgresql://pg-${n % 25}.synthetic.example:5432/db${n}`,
  },
  {
    provider: PROVIDERS.openApi,
    targetType: 'DeployedAPI',
    catalogTargetName: 'apiToCatalog',
    address: (n) => `https://api-${n % 30}.synthetic.example/v3/api-docs`,
  },
];

const pad = (n: number) => String(n).padStart(4, '0');

export function seedSyntheticEstate(
  estate: Estate,
  connectors: number,
  groups = 1,
): DaemonConfigDocument[] {
  const w = new SeedWriter(estate);
  const large = w.group(
    SYNTHETIC_GROUP,
    'Large synthetic group',
    `A synthetic integration group with ${connectors} connectors, for scale tests.`,
  );

  // A pool of target elements per shape, shared so the estate also has elements with many targeting connectors.
  const poolSize = Math.max(1, Math.min(500, Math.ceil(connectors / 2)));
  const pools = SHAPES.map((shape, s) =>
    Array.from({ length: Math.ceil(poolSize / SHAPES.length) }, (_, i) =>
      w.asset(
        shape.targetType,
        `Synthetic:${shape.targetType}:${s}-${pad(i)}`,
        `Synthetic ${shape.targetType} ${s}-${i}`,
      ),
    ),
  );

  const make = (groupGuid: string, groupName: string, n: number, label: string) => {
    const shapeIndex = n % SHAPES.length;
    const shape = SHAPES[shapeIndex] as Shape;
    const qualifiedName = `${groupName}:Connector-${label}`;
    const connection: ConnectionBean = w.connection(`${qualifiedName}:Connection`, shape.provider, {
      address: shape.address(n),
    });
    const guid = w.connector({
      qualifiedName,
      name: `SyntheticConnector-${label}`,
      description: `Synthetic connector ${label}.`,
      connection,
    });
    w.register(groupGuid, guid, {
      connectorName: `SyntheticConnector-${label}`,
      connectorUserId: 'syntheticnpa',
      refreshTimeInterval: [30, 60, 120][n % 3],
    });
    const pool = pools[shapeIndex] as string[];
    for (let t = 0; t < 1 + (n % 3); t++) {
      w.target(guid, pool[(n + t * 7) % pool.length] as string, {
        catalogTargetName: shape.catalogTargetName,
      });
    }
  };

  for (let n = 1; n <= connectors; n++) make(large, SYNTHETIC_GROUP, n, pad(n));
  const groupNames = [SYNTHETIC_GROUP];
  for (let g = 2; g <= groups; g++) {
    const name = `Synthetic:IntegrationGroup:Extra-${String(g).padStart(3, '0')}`;
    const guid = w.group(
      name,
      `Extra synthetic group ${g}`,
      `A smaller synthetic integration group (${EXTRA_GROUP_SIZE} connectors).`,
    );
    for (let n = 1; n <= EXTRA_GROUP_SIZE; n++)
      make(guid, name, connectors + (g - 2) * EXTRA_GROUP_SIZE + n, `${g}-${pad(n)}`);
    groupNames.push(name);
  }
  return [{ name: SYNTHETIC_DAEMON, groups: groupNames.map((q) => groupConfig(q, w.serverName)) }];
}
