import { describe, expect, it } from 'vitest';
import type { ElementSummary } from '../../egeria/model';
import { canBeCatalogTarget } from './target-queries';

const element = (typeName: string, superTypeNames: string[] = []): ElementSummary => ({
  guid: `${typeName}-1`,
  typeName,
  superTypeNames,
  qualifiedName: `Q:${typeName}`,
});

describe('what the palette offers as a catalog target', () => {
  it('offers assets: servers, databases, folders, topics', () => {
    for (const e of [
      element('SoftwareServer', ['ITInfrastructure', 'Asset', 'Referenceable']),
      element('Database', ['DataStore', 'Asset', 'Referenceable']),
      element('FileFolder', ['DataStore', 'Asset', 'Referenceable']),
      element('Topic', ['DataSet', 'Asset', 'Referenceable']),
    ])
      expect(canBeCatalogTarget(e)).toBe(true);
  });

  it('never offers integration definitions or the parts of a connection', () => {
    for (const e of [
      element('IntegrationGroup', ['SoftwareServerCapability', 'Referenceable']),
      element('IntegrationConnector', ['DeployedConnector', 'Asset', 'Referenceable']),
      element('Connection', ['Referenceable']),
      element('VirtualConnection', ['Connection', 'Referenceable']),
      element('ConnectorType', ['Referenceable']),
      element('Endpoint', ['Referenceable']),
    ])
      expect(canBeCatalogTarget(e)).toBe(false);
  });
});
