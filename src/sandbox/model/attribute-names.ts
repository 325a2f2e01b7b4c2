/**
 * The estate keeps attributes under their 6.x names; 5.3 called some of them otherwise (5.3
 * OpenMetadataProperty: Asset and SoftwareCapability `name`, Endpoint `name`, SoftwareCapability
 * `capabilityVersion`, RegisteredIntegrationConnector `stopDate` and `generateIntegrationReport`).
 * The 5.3 open-metadata-store reads and writes raw attributes, so it translates here.
 */
import type { Properties } from '../store/metadata-store';
import { isTypeOf } from '../wire/open-metadata-types';

/** 5.3 attribute name → stored (6.x) name, for a type. */
function renames(typeName: string): Record<string, string> {
  if (typeName === 'RegisteredIntegrationConnector')
    return {
      stopDate: 'connectorShutdownDate',
      generateIntegrationReport: 'generateConnectorActivityReports',
    };
  if (isTypeOf(typeName, 'SoftwareCapability'))
    return { name: 'displayName', capabilityVersion: 'versionIdentifier' };
  if (isTypeOf(typeName, 'Asset') || isTypeOf(typeName, 'Endpoint')) return { name: 'displayName' };
  return {};
}

function rename(properties: Properties, map: Record<string, string>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) out[map[key] ?? key] = value;
  return out;
}

/** 5.3 attributes (from a 5.3 request) under the stored names. */
export function fromFiveAttributes(typeName: string, properties: Properties): Properties {
  return rename(properties, renames(typeName));
}

/** Stored attributes under their 5.3 names. */
export function toFiveAttributes(typeName: string, properties: Properties): Properties {
  const back = Object.fromEntries(
    Object.entries(renames(typeName)).map(([five, six]) => [six, five]),
  );
  return rename(properties, back);
}
