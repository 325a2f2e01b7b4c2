/**
 * The keyboard's way to link: choose the element for a connector (a palette in a dialog), or the
 * connector for an element found in the palette. Either leads to the same catalog-target dialog
 * that a drag opens.
 */
import { useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FilterSelect } from '../../components/filter-select';
import type { ElementSummary } from '../../egeria/model';
import AssetPalette from './asset-palette';
import { elementLabel } from './target-dialog';

export interface ChooseElementDialogProps {
  connectorName: string;
  /** What the connector type declares it catalogues: the search starts narrowed to it. */
  supportedAssetTypeName?: string;
  onChoose: (element: ElementSummary) => void;
  onClose: () => void;
}

export function ChooseElementDialog({
  connectorName,
  supportedAssetTypeName,
  onChoose,
  onClose,
}: ChooseElementDialogProps) {
  return (
    <Dialog
      open
      size="wide"
      title={`Link a catalog target to ${connectorName}`}
      onClose={onClose}
      actions={<Button onClick={onClose}>Cancel</Button>}
    >
      <AssetPalette
        heading="Find the element to link"
        actionLabel="Choose"
        onAction={onChoose}
        initialType={supportedAssetTypeName}
      />
    </Dialog>
  );
}

export interface ConnectorChoice {
  id: string;
  connectorName: string;
}

export interface ChooseConnectorDialogProps {
  element: ElementSummary;
  connectors: ConnectorChoice[];
  onChoose: (connectorId: string) => void;
  onClose: () => void;
}

export function ChooseConnectorDialog({
  element,
  connectors,
  onChoose,
  onClose,
}: ChooseConnectorDialogProps) {
  const [choice, setChoice] = useState(connectors[0]?.id ?? '');
  return (
    <Dialog
      open
      title={`Link “${elementLabel(element)}” to a connector`}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={!choice} onClick={() => onChoose(choice)}>
            Continue
          </Button>
        </>
      }
    >
      {connectors.length === 0 ? (
        <p>This graph has no connector to link to.</p>
      ) : (
        <FilterSelect
          label="Connector"
          value={choice}
          onChange={setChoice}
          options={connectors.map((c) => ({ value: c.id, label: c.connectorName }))}
          className="block w-full"
        />
      )}
    </Dialog>
  );
}
