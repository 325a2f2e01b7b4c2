import type { RouteObject } from 'react-router';
import type { LoaderServices } from '../platforms/resolve-platform';
import { elementLoader, newElementLoader } from './definition-loaders';
import { editorsOnly } from './editors-only';

/*
 * The definition screens, children of /p/:platformId. Pages are lazy: the forms, their schemas and
 * the connector catalog download only when a definition screen opens. Every screen that changes
 * something is for editors only (the server refuses the change to anyone else anyway).
 *
 *   new-group                      create a group
 *   edit-group/{group}             edit a group
 *   delete-group/{group}           confirm and delete a group
 *   connectors/{connector}         a connector, its connection and its groups
 *   new-connector[?group=]         create a connector (then register it in the group)
 *   edit-connector/{connector}     edit a connector and its connection
 *   delete-connector/{connector}   confirm and delete a connector
 *   register-connector/{group}[?connector=]      register a connector in a group
 *   edit-registration/{group}?connector=         edit a registration
 *   unregister/{group}?connector=                confirm and unregister
 */
export function definitionRoutes(services: LoaderServices): RouteObject[] {
  return [
    {
      path: 'new-group',
      loader: newElementLoader(services),
      lazy: async () => ({
        Component: editorsOnly((await import('./group-form-page')).NewGroupPage),
      }),
    },
    {
      path: 'edit-group/*',
      loader: elementLoader(services, 'edit-group', 'group', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./group-form-page')).EditGroupPage),
      }),
    },
    {
      path: 'delete-group/*',
      loader: elementLoader(services, 'delete-group', 'group', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./delete-group-page')).DeleteGroupPage),
      }),
    },
    {
      path: 'connectors/*',
      loader: elementLoader(services, 'connectors', 'connector', false),
      lazy: async () => ({ Component: (await import('./connector-page')).ConnectorPage }),
    },
    {
      path: 'new-connector',
      loader: newElementLoader(services),
      lazy: async () => ({
        Component: editorsOnly((await import('./connector-form-page')).NewConnectorPage),
      }),
    },
    {
      path: 'edit-connector/*',
      loader: elementLoader(services, 'edit-connector', 'connector', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./connector-form-page')).EditConnectorPage),
      }),
    },
    {
      path: 'delete-connector/*',
      loader: elementLoader(services, 'delete-connector', 'connector', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./delete-connector-page')).DeleteConnectorPage),
      }),
    },
    {
      path: 'register-connector/*',
      loader: elementLoader(services, 'register-connector', 'group', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./registration-form-page')).RegisterConnectorPage),
      }),
    },
    {
      path: 'edit-registration/*',
      loader: elementLoader(services, 'edit-registration', 'group', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./registration-form-page')).EditRegistrationPage),
      }),
    },
    {
      path: 'unregister/*',
      loader: elementLoader(services, 'unregister', 'group', true),
      lazy: async () => ({
        Component: editorsOnly((await import('./unregister-page')).UnregisterPage),
      }),
    },
  ];
}
