import { describe, expect, it } from 'vitest';
import {
  connectorPath,
  definitionPaths,
  encodedGroupNameInPath,
  groupNameFromPath,
  groupPath,
  nameFromScreenPath,
  daemonGraphPath,
  groupGraphPath,
  groupNameFromGraphPath,
} from './paths';

const names = [
  'Egeria:IntegrationGroup:Default',
  'Finance:Landing zone/2024',
  'Café:Intégration ✓',
  'Weird 100% #1 ?query=yes&x',
  '%2F literally',
  'trailing/',
];

describe('group paths', () => {
  it.each(names)('round-trips %s through one path segment', (name) => {
    const path = groupPath('sandbox', name);
    expect(path.split('/')).toHaveLength(5);
    expect(groupNameFromPath(path)).toBe(name);
  });

  it('reads raw slashes typed by hand as part of the name', () => {
    expect(groupNameFromPath('/p/sandbox/groups/a/b/c')).toBe('a/b/c');
  });

  it('keeps the encoded name of the platform-less form for redirects', () => {
    expect(encodedGroupNameInPath('/groups/Caf%C3%A9%20x')).toBe('Caf%C3%A9%20x');
    expect(encodedGroupNameInPath('/p/x/groups')).toBeUndefined();
  });

  it('rejects malformed escapes', () => {
    expect(groupNameFromPath('/p/sandbox/groups/%E0%A4%A')).toBeUndefined();
  });
});

describe('definition paths', () => {
  it.each(names)('round-trips %s on every definition screen', (name) => {
    const screens: Array<[string, string]> = [
      ['connectors', connectorPath('sandbox', name)],
      ['edit-group', definitionPaths.editGroup('sandbox', name)],
      ['delete-group', definitionPaths.deleteGroup('sandbox', name)],
      ['edit-connector', definitionPaths.editConnector('sandbox', name)],
      ['delete-connector', definitionPaths.deleteConnector('sandbox', name)],
      ['register-connector', definitionPaths.registerConnector('sandbox', name)],
    ];
    for (const [screen, path] of screens) {
      expect(path.split('/')).toHaveLength(5);
      expect(nameFromScreenPath(path, screen)).toBe(name);
    }
  });

  it('carries the connector of a registration in the search string', () => {
    const url = new URL(
      definitionPaths.editRegistration('sandbox', 'G/1', 'C ?&#%'),
      'http://console',
    );
    expect(nameFromScreenPath(url.pathname, 'edit-registration')).toBe('G/1');
    expect(url.searchParams.get('connector')).toBe('C ?&#%');
  });

  it('does not read another screen’s path', () => {
    expect(nameFromScreenPath('/p/sandbox/edit-group/x', 'delete-group')).toBeUndefined();
    expect(nameFromScreenPath('/p/sandbox/edit-group/', 'edit-group')).toBeUndefined();
    expect(nameFromScreenPath('/p/sandbox/edit-group/%E0%A4%A', 'edit-group')).toBeUndefined();
  });
});

describe('graph paths', () => {
  it.each(names)('round-trips %s through the group graph path', (name) => {
    const path = groupGraphPath('sandbox', name);
    expect(path.split('/')).toHaveLength(6);
    expect(path.endsWith('/graph')).toBe(true);
    expect(groupNameFromGraphPath(path)).toBe(name);
  });

  it('carries the focus as a query parameter', () => {
    const path = groupGraphPath('sandbox', 'G', 'Moniteur des données & co');
    const url = new URL(path, 'http://x');
    expect(url.searchParams.get('focus')).toBe('Moniteur des données & co');
    expect(groupNameFromGraphPath(url.pathname)).toBe('G');
  });

  it('does not read a graph path from a group path or a malformed escape', () => {
    expect(groupNameFromGraphPath('/p/sandbox/groups/a/b/graph')).toBeUndefined();
    expect(groupNameFromGraphPath('/p/sandbox/groups/%E0%A4%A/graph')).toBeUndefined();
  });

  it('encodes the daemon name', () => {
    expect(daemonGraphPath('s b', 'my daemon')).toBe('/p/s%20b/daemons/my%20daemon/graph');
  });
});
