/**
 * Does an element suit a connector as a catalog target? A connector type may declare the asset
 * type (supportedAssetTypeName) and the deployed implementation type
 * (supportedDeployedImplementationType) it catalogues; Egeria links any element regardless, so the
 * console warns before linking something the connector will not know what to do with.
 */
import type { ConnectorType, ElementSummary } from '../../egeria/model';

export interface TypeMismatch {
  /** One sentence per declared expectation the element does not meet. */
  reasons: string[];
}

function elementName(element: ElementSummary): string {
  return element.displayName ?? element.qualifiedName ?? element.guid;
}

/** The reasons the element does not match what the connector type declares; null when it does. */
export function checkTargetType(
  connectorType: ConnectorType | undefined,
  element: ElementSummary,
): TypeMismatch | null {
  if (!connectorType) return null;
  const typeLabel =
    connectorType.displayName ?? connectorType.qualifiedName ?? 'The connector type';
  const reasons: string[] = [];
  const assetType = connectorType.supportedAssetTypeName;
  if (assetType) {
    const types = [element.typeName, ...element.superTypeNames];
    if (!types.includes(assetType)) {
      const lineage =
        element.superTypeNames.length > 0
          ? ` (a kind of ${element.superTypeNames.join(', ')})`
          : '';
      reasons.push(
        `“${typeLabel}” catalogues elements of type ${assetType}; “${elementName(element)}” is a ${element.typeName}${lineage}.`,
      );
    }
  }
  const implementation = connectorType.supportedDeployedImplementationType;
  if (implementation) {
    const actual = element.deployedImplementationType;
    if (actual === undefined) {
      reasons.push(
        `“${typeLabel}” expects the deployed implementation type “${implementation}”; “${elementName(element)}” does not state one.`,
      );
    } else if (actual !== implementation) {
      reasons.push(
        `“${typeLabel}” expects the deployed implementation type “${implementation}”; “${elementName(element)}” is “${actual}”.`,
      );
    }
  }
  return reasons.length > 0 ? { reasons } : null;
}
