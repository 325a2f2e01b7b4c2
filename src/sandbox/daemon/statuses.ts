/**
 * Egeria's IntegrationConnectorStatus and IntegrationGroupStatus values (both releases), as the
 * daemon reports them. The console's model lists the same values; the sandbox keeps its own on
 * purpose: it judges the console's clients, so it takes nothing from them.
 */
export type ConnectorStatus =
  | 'INITIALIZED'
  | 'WAITING'
  | 'REFRESHING'
  | 'RUNNING'
  | 'STOPPED'
  | 'INITIALIZE_FAILED'
  | 'CONFIG_FAILED'
  | 'SHUTDOWN'
  | 'FAILED';

export type GroupStatus = 'ASSIGNED' | 'CONFIGURING' | 'RUNNING' | 'FAILED' | 'DISABLED';
