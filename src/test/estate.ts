/**
 * A small, realistic estate for component tests: the 5.x content-pack groups plus groups whose
 * names exercise URL encoding and untrusted text.
 */
import type * as W from './wire-5.3';
import {
  catalogTargets,
  connectorReport,
  daemonStatus,
  groupElement,
  groupSummary,
  registrationElement,
} from './fixtures/egeria-5.3';
import { defined } from './defined';
import { fakePlatform, type FakePlatform } from './fake-egeria';

export const DEFAULT_GROUP = 'Egeria:IntegrationGroup:Default';
export const XSS_TEXT = '<img src=x onerror=alert(1)>';
export const FILES_FAILURE =
  'BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named data/landing-area/hospitals/old-market/clinical-trials/drop-foot does not exist';

/** Names that must survive the trip through one URL path segment. */
export const FINANCE_GROUP = 'Finance:Landing zone/2024';
export const CAFE_GROUP = 'Café:Intégration ✓';
export const WEIRD_GROUP = 'Weird 100% #1 ?query=yes&x';
export const SLASHES_GROUP = 'a/b/c';
export const AWKWARD_NAMES = [FINANCE_GROUP, CAFE_GROUP, WEIRD_GROUP, SLASHES_GROUP];

export function demoGroups(): W.IntegrationGroupElement[] {
  return [
    groupElement({
      qualifiedName: DEFAULT_GROUP,
      guid: '2648e33f-7501-4789-b524-f025bb9eaa57',
      displayName: 'Default',
      description: 'Connectors that catalog files and sample data',
      version: '5.3',
      additionalProperties: { owner: 'platform team' },
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:ApacheAtlas',
      displayName: 'Apache Atlas',
      description: 'Exchange metadata with Apache Atlas',
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:ApacheKafka',
      displayName: 'Apache Kafka',
      description: 'Catalog Kafka topics',
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:OpenAPIs',
      displayName: 'Open APIs',
      description: 'Catalog REST APIs',
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:OpenMetadataObservability',
      displayName: 'Observability',
      description: 'Publish open lineage events',
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:PostgreSQL',
      displayName: 'PostgreSQL',
      description: 'Catalog PostgreSQL servers and databases',
    }),
    groupElement({
      qualifiedName: 'Egeria:IntegrationGroup:UnityCatalog',
      displayName: 'Unity Catalog',
      description: 'Synchronize with Unity Catalog',
    }),
    groupElement({
      qualifiedName: FINANCE_GROUP,
      displayName: 'Finance landing',
      description: 'Files dropped by finance',
    }),
    groupElement({
      qualifiedName: CAFE_GROUP,
      displayName: 'Café',
      description: 'Métadonnées',
    }),
    groupElement({
      qualifiedName: WEIRD_GROUP,
      displayName: 'Weird',
      description: 'Percent, hash and question mark',
    }),
    groupElement({
      qualifiedName: SLASHES_GROUP,
      displayName: 'Slashes',
      description: 'Two slashes',
    }),
    groupElement({
      qualifiedName: 'Security:Untrusted',
      displayName: '<b>bold</b>',
      description: XSS_TEXT,
    }),
  ];
}

/**
 * The demo estate: the Default group registers three connectors (one RUNNING, one FAILED, one
 * WAITING) and the daemon runs Default and PostgreSQL.
 */
export function demoPlatform(overrides: Partial<FakePlatform> = {}): FakePlatform {
  const groups = demoGroups();
  const defaultGroup = defined(groups[0]);
  const postgres = defined(groups[5]);
  const files = registrationElement({
    connectorName: 'FilesCataloguer',
    address: 'data/landing-area',
    refreshTimeInterval: 60,
    startDate: '2025-05-20T10:20:00.000+00:00',
  });
  const sample = registrationElement({
    connectorName: 'SampleDataCataloguer',
    address: 'sample-data',
    refreshTimeInterval: 0,
  });
  const lastUpdate = registrationElement({
    connectorName: 'MaintainLastUpdateDate',
    providerClassName:
      'org.odpi.openmetadata.adapters.connectors.integration.egeria.MaintainLastUpdateDateProvider',
    refreshTimeInterval: 1440,
    stopDate: '2030-01-01T00:00:00.000+00:00',
  });
  return fakePlatform({
    groups,
    registrations: new Map([[defaultGroup.elementHeader.guid, [files, sample, lastUpdate]]]),
    catalogTargets: new Map([
      [files.elementHeader.guid, catalogTargets(3)],
      [sample.elementHeader.guid, catalogTargets(1)],
    ]),
    daemons: new Map([
      [
        'integration-daemon',
        daemonStatus([
          groupSummary(defaultGroup, 'RUNNING', [
            connectorReport({
              connectorName: 'FilesCataloguer',
              status: 'FAILED',
              failingExceptionMessage: FILES_FAILURE,
            }),
            connectorReport({ connectorName: 'SampleDataCataloguer', status: 'RUNNING' }),
            connectorReport({ connectorName: 'MaintainLastUpdateDate', status: 'WAITING' }),
          ]),
          groupSummary(postgres, 'FAILED', []),
        ]),
      ],
    ]),
    ...overrides,
  });
}
