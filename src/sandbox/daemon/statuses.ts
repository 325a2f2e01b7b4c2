/** Egeria's IntegrationConnectorStatus and IntegrationGroupStatus values (both releases). */
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
