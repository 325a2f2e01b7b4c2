import { describe, expect, it } from 'vitest';
import { encodedGroupNameInPath, groupNameFromPath, groupPath } from './paths';

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
