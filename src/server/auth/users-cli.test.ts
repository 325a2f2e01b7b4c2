import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from './passwords';
import { run } from './users-cli';
import { UsersDirectory } from './users-file';

/** Runs the command with the password on standard input, as `echo pw | npm run users -- …`. */
async function withStdin(text: string, argv: string[]): Promise<string> {
  const stdin = Readable.from([text]) as unknown as typeof process.stdin;
  vi.spyOn(process, 'stdin', 'get').mockReturnValue(stdin);
  return run(argv);
}

describe('the users command', () => {
  afterEach(() => vi.restoreAllMocks());
  const file = () => join(mkdtempSync(join(tmpdir(), 'console-users-cli-')), 'users.json');

  it('adds a user with a hashed password and roles, lists them, and removes them', async () => {
    const path = file();
    expect(
      await withStdin('s3cret-password\n', [
        'add',
        path,
        'edith',
        '--role',
        'viewer',
        '--role',
        'coco:editor',
      ]),
    ).toBe(`Added edith (viewer, coco:editor) in ${path}.`);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    expect(stored.users[0]).toMatchObject({ name: 'edith', roles: ['viewer', 'coco:editor'] });
    expect(JSON.stringify(stored)).not.toContain('s3cret-password');
    expect(await verifyPassword('s3cret-password', stored.users[0].passwordHash)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(new UsersDirectory(path).find('edith')?.roles).toEqual(['viewer', 'coco:editor']);

    // A new password keeps the roles.
    await withStdin('another-password\n', ['add', path, 'edith']);
    const again = JSON.parse(readFileSync(path, 'utf8')).users[0];
    expect(again.roles).toEqual(['viewer', 'coco:editor']);
    expect(await verifyPassword('another-password', again.passwordHash)).toBe(true);

    expect(await run(['list', path])).toBe('edith\tviewer,coco:editor');
    expect(await run(['remove', path, 'edith'])).toContain('Removed edith');
    expect(await run(['list', path])).toBe('');
  });

  it('refuses a short password, an unknown role and a missing user, changing nothing', async () => {
    const path = file();
    await expect(withStdin('short\n', ['add', path, 'vera'])).rejects.toThrow('at least 8');
    await expect(
      withStdin('long-enough-password\n', ['add', path, 'vera', '--role', 'superuser']),
    ).rejects.toThrow('Not a role: superuser');
    await expect(run(['remove', path, 'vera'])).rejects.toThrow('No user vera');
    await expect(run(['frobnicate', path, 'vera'])).rejects.toThrow('Usage');
    expect(() => new UsersDirectory(path)).toThrow(`Cannot read the users file ${path}`);
  });
});
