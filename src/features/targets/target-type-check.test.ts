import { describe, expect, it } from 'vitest';
import type { ConnectorType, ElementSummary } from '../../egeria/model';
import { checkTargetType } from './target-type-check';

const postgresType: ConnectorType = {
  displayName: 'PostgreSQL server cataloguer',
  supportedAssetTypeName: 'SoftwareServer',
  supportedDeployedImplementationType: 'PostgreSQL Server',
  recognizedConfigurationProperties: [],
  recognizedSecuredProperties: [],
  recognizedAdditionalProperties: [],
};

const element = (over: Partial<ElementSummary>): ElementSummary => ({
  guid: 'g1',
  typeName: 'SoftwareServer',
  superTypeNames: ['ITInfrastructure', 'Asset', 'Referenceable', 'OpenMetadataRoot'],
  displayName: 'Clinical database server',
  deployedImplementationType: 'PostgreSQL Server',
  ...over,
});

describe('checkTargetType', () => {
  it('accepts an element of the declared type and implementation', () => {
    expect(checkTargetType(postgresType, element({}))).toBeNull();
  });

  it('accepts a subtype of the declared asset type', () => {
    const type = { ...postgresType, supportedAssetTypeName: 'Asset' };
    expect(checkTargetType(type, element({}))).toBeNull();
  });

  it('says why a different type does not match', () => {
    const mismatch = checkTargetType(
      postgresType,
      element({
        typeName: 'KafkaTopic',
        superTypeNames: ['Asset'],
        displayName: 'openlineage.events',
        deployedImplementationType: undefined,
      }),
    );
    expect(mismatch?.reasons).toEqual([
      '“PostgreSQL server cataloguer” catalogues elements of type SoftwareServer; “openlineage.events” is a KafkaTopic (a kind of Asset).',
      '“PostgreSQL server cataloguer” expects the deployed implementation type “PostgreSQL Server”; “openlineage.events” does not state one.',
    ]);
  });

  it('names a different deployed implementation type', () => {
    const mismatch = checkTargetType(
      postgresType,
      element({ deployedImplementationType: 'Apache Kafka Server' }),
    );
    expect(mismatch?.reasons).toEqual([
      '“PostgreSQL server cataloguer” expects the deployed implementation type “PostgreSQL Server”; “Clinical database server” is “Apache Kafka Server”.',
    ]);
  });

  it('has nothing to check when the connector type declares nothing', () => {
    const plain = {
      ...postgresType,
      supportedAssetTypeName: undefined,
      supportedDeployedImplementationType: undefined,
    };
    expect(checkTargetType(plain, element({ typeName: 'KafkaTopic' }))).toBeNull();
    expect(checkTargetType(undefined, element({}))).toBeNull();
  });
});
