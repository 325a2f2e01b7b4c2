import { describe, expect, it } from 'vitest';
import type { ElementSummary } from '../../egeria/model';
import { CONNECTOR_CATALOG } from '../definitions/connector-catalog';
import { chooseTargetName, DOCUMENTED_TARGET_NAMES } from './target-names';

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const UNITY =
  'org.odpi.openmetadata.adapters.connectors.unitycatalog.sync.OSSUnityCatalogServerSyncProvider';
const element = {
  guid: 'e',
  typeName: 'FileFolder',
  superTypeNames: [],
  displayName: 'Clinical trials data',
} as unknown as ElementSummary;
const targets = (...names: string[]) => names.map((catalogTargetName) => ({ catalogTargetName }));

describe('the name a new catalog target starts with', () => {
  it('is the name the connector already uses, the most used first when it uses several', () => {
    expect(chooseTargetName(targets('landing', 'archive', 'landing'), FILES, element)).toEqual({
      value: 'landing',
      choices: ['landing', 'archive'],
      source: 'existing',
    });
  });

  it('is the documented name of the connector type when the connector has no targets yet', () => {
    expect(chooseTargetName([], FILES, element)).toEqual({
      value: 'directoryToMonitor',
      choices: ['directoryToMonitor'],
      source: 'documented',
    });
    expect(chooseTargetName([], UNITY, element).choices).toEqual([
      'unityCatalogServer',
      'unityCatalogConnector',
    ]);
  });

  it('is made from the element’s name for a connector type without documented names', () => {
    expect(chooseTargetName(targets(''), 'com.example.OwnProvider', element)).toEqual({
      value: 'clinicalTrialsData',
      choices: [],
      source: 'element',
    });
    expect(chooseTargetName([], undefined, element).source).toBe('element');
  });

  it('agrees with the connector catalogue wherever the catalogue names a target', () => {
    for (const entry of CONNECTOR_CATALOG)
      if (entry.catalogTargetName)
        expect(DOCUMENTED_TARGET_NAMES[entry.providerClassName]).toContain(entry.catalogTargetName);
    // Every provider named here is one the console's catalogue knows.
    const known = new Set(CONNECTOR_CATALOG.map((e) => e.providerClassName));
    expect(Object.keys(DOCUMENTED_TARGET_NAMES).filter((p) => !known.has(p))).toEqual([]);
  });
});
