/**
 * The open metadata attributes of a connection's elements (Connection, ConnectorType, Endpoint,
 * the EmbeddedConnection relationship), named as the types define them in 5.3 and 6.x alike. 5.3's
 * open-metadata-store sends them as generic property values; 6.x's beans add `class` and
 * `typeName` around the same names.
 */
import type * as M from '../model';
import { compact, nonEmpty } from './values';

export function connectorTypeAttributes(
  input: M.ConnectionInput['connectorType'],
  qualifiedName: string,
): Record<string, unknown> {
  return compact({
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    connectorProviderClassName: input.connectorProviderClassName,
    supportedAssetTypeName: input.supportedAssetTypeName,
    supportedDeployedImplementationType: input.supportedDeployedImplementationType,
    connectorFrameworkName: input.connectorFrameworkName,
    connectorInterfaceLanguage: input.connectorInterfaceLanguage,
    targetTechnologyName: input.targetTechnologyName,
    recognizedConfigurationProperties: nonEmpty(input.recognizedConfigurationProperties),
    recognizedSecuredProperties: nonEmpty(input.recognizedSecuredProperties),
    recognizedAdditionalProperties: nonEmpty(input.recognizedAdditionalProperties),
  });
}

export function endpointAttributes(input: M.Endpoint, qualifiedName: string) {
  return compact({
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    networkAddress: input.address,
    protocol: input.protocol,
    encryptionMethod: input.encryptionMethod,
  });
}

export function connectionAttributes(input: M.ConnectionInput, qualifiedName: string) {
  return compact({
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    userId: input.userId,
    clearPassword: input.secrets?.clearPassword,
    encryptedPassword: input.secrets?.encryptedPassword,
    // A map given, even empty, is sent: on a merge update it is how a form clears the stored one.
    securedProperties: input.secrets?.securedProperties,
    configurationProperties: input.configurationProperties,
  });
}

export function embeddedConnectionAttributes(input: M.EmbeddedConnectionInput) {
  return compact({
    position: input.position,
    displayName: input.displayName,
    arguments: nonEmpty(input.arguments),
  });
}
