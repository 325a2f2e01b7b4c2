/** The 5.3 wire types the test fakes answer with, under one name for the tests. */
export type {
  CatalogTarget,
  IntegrationGroupElement,
  IntegrationGroupProperties,
  RegisteredConnectorElement as RegisteredIntegrationConnectorElement,
} from '../egeria/v5/gcs';
export type {
  IntegrationConnectorReport,
  IntegrationDaemonStatusResponse,
  IntegrationGroupSummary,
} from '../egeria/apis/daemon';
export type { FfdcResponse } from '../egeria/wire/ffdc';
