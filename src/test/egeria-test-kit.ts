/**
 * What tests against any Egeria (sandbox, fake or real) share: the provider classes they name and
 * a way to get the EgeriaError a call must fail with.
 */
import { EgeriaError } from '../egeria/errors';

export const FILES_MONITOR =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
export const YAML_SECRETS =
  'org.odpi.openmetadata.adapters.connectors.secretsstore.yaml.YAMLSecretsStoreProvider';

/** The EgeriaError `promise` rejects with; anything else (success included) fails the test. */
export async function egeriaFailure(promise: Promise<unknown>): Promise<EgeriaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EgeriaError))
    throw new Error(`expected an EgeriaError, got ${String(error)}`);
  return error;
}
