import type { ComponentType } from 'react';
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
interface Screen {
  /** The path's first segment; the element's qualified name follows it unless it reads nothing. */
  screen: string;
  /** What its loader reads: the group or connector named in the path, or nothing. */
  reads: 'group' | 'connector' | 'nothing';
  page: () => Promise<ComponentType>;
  /** Only the connector page may show what the cache holds; the rest change the element. */
  viewOnly?: boolean;
}

/** A screen whose page is the export `name` of the lazily loaded module. */
function screen<K extends string, M extends Record<K, ComponentType>>(
  path: string,
  reads: Screen['reads'],
  load: () => Promise<M>,
  name: K,
  viewOnly = false,
): Screen {
  return { screen: path, reads, page: async () => (await load())[name], viewOnly };
}

// The page modules, one lazy chunk each.
const groupForm = () => import('./group-form-page');
const connectorForm = () => import('./connector-form-page');
const registrationForm = () => import('./registration-form-page');
const deleteConnector = () => import('./delete-connector-page');

const SCREENS: Screen[] = [
  screen('new-group', 'nothing', groupForm, 'NewGroupPage'),
  screen('edit-group', 'group', groupForm, 'EditGroupPage'),
  screen('delete-group', 'group', () => import('./delete-group-page'), 'DeleteGroupPage'),
  screen('connectors', 'connector', () => import('./connector-page'), 'ConnectorPage', true),
  screen('new-connector', 'nothing', connectorForm, 'NewConnectorPage'),
  screen('edit-connector', 'connector', connectorForm, 'EditConnectorPage'),
  screen('delete-connector', 'connector', deleteConnector, 'DeleteConnectorPage'),
  screen('register-connector', 'group', registrationForm, 'RegisterConnectorPage'),
  screen('edit-registration', 'group', registrationForm, 'EditRegistrationPage'),
  screen('unregister', 'group', () => import('./unregister-page'), 'UnregisterPage'),
];

export function definitionRoutes(services: LoaderServices): RouteObject[] {
  return SCREENS.map(({ screen, reads, viewOnly, page }) => ({
    path: reads === 'nothing' ? screen : `${screen}/*`,
    loader:
      reads === 'nothing'
        ? newElementLoader(services)
        : elementLoader(services, screen, reads, !viewOnly),
    lazy: async () => {
      const Component = await page();
      return { Component: viewOnly ? Component : editorsOnly(Component) };
    },
  }));
}
